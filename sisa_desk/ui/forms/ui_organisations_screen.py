# generated from forms/organisations_screen.ui by tools/build_ui.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'organisations_screen.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_OrganisationsScreen(object):
    def setupUi(self, OrganisationsScreen):
        if not OrganisationsScreen.objectName():
            OrganisationsScreen.setObjectName(u"OrganisationsScreen")
        OrganisationsScreen.resize(900, 640)
        self.mainLayout = QVBoxLayout(OrganisationsScreen)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 20, 24, 16)
        self.titleLabel = QLabel(OrganisationsScreen)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.mainLayout.addWidget(self.titleLabel)

        self.descriptionLabel = QLabel(OrganisationsScreen)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.descriptionLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.descriptionLabel)

        self.toolLayout = QHBoxLayout()
        self.toolLayout.setSpacing(8)
        self.toolLayout.setObjectName(u"toolLayout")
        self.searchEdit = QLineEdit(OrganisationsScreen)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(260, 0))
        self.searchEdit.setMaximumSize(QSize(380, 16777215))
        self.searchEdit.setClearButtonEnabled(True)

        self.toolLayout.addWidget(self.searchEdit)

        self.showInactiveCheck = QCheckBox(OrganisationsScreen)
        self.showInactiveCheck.setObjectName(u"showInactiveCheck")

        self.toolLayout.addWidget(self.showInactiveCheck)

        self.toolSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.toolSpacer)

        self.newOrganisationButton = QPushButton(OrganisationsScreen)
        self.newOrganisationButton.setObjectName(u"newOrganisationButton")

        self.toolLayout.addWidget(self.newOrganisationButton)

        self.editOrganisationButton = QPushButton(OrganisationsScreen)
        self.editOrganisationButton.setObjectName(u"editOrganisationButton")

        self.toolLayout.addWidget(self.editOrganisationButton)

        self.deactivateOrganisationButton = QPushButton(OrganisationsScreen)
        self.deactivateOrganisationButton.setObjectName(u"deactivateOrganisationButton")

        self.toolLayout.addWidget(self.deactivateOrganisationButton)


        self.mainLayout.addLayout(self.toolLayout)

        self.splitter = QSplitter(OrganisationsScreen)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(10)
        self.organisationsTable = QTableView(self.splitter)
        self.organisationsTable.setObjectName(u"organisationsTable")
        self.organisationsTable.setMinimumSize(QSize(0, 120))
        self.organisationsTable.setAlternatingRowColors(True)
        self.organisationsTable.setShowGrid(False)
        self.organisationsTable.setWordWrap(False)
        self.splitter.addWidget(self.organisationsTable)
        self.organisationsTable.horizontalHeader().setHighlightSections(False)
        self.professionalsPanel = QWidget(self.splitter)
        self.professionalsPanel.setObjectName(u"professionalsPanel")
        self.professionalsLayout = QVBoxLayout(self.professionalsPanel)
        self.professionalsLayout.setSpacing(8)
        self.professionalsLayout.setObjectName(u"professionalsLayout")
        self.professionalsLayout.setContentsMargins(0, 4, 0, 0)
        self.professionalsToolLayout = QHBoxLayout()
        self.professionalsToolLayout.setSpacing(8)
        self.professionalsToolLayout.setObjectName(u"professionalsToolLayout")
        self.professionalsTitleLabel = QLabel(self.professionalsPanel)
        self.professionalsTitleLabel.setObjectName(u"professionalsTitleLabel")
        self.professionalsTitleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.professionalsToolLayout.addWidget(self.professionalsTitleLabel)

        self.professionalsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.professionalsToolLayout.addItem(self.professionalsSpacer)

        self.newProfessionalButton = QPushButton(self.professionalsPanel)
        self.newProfessionalButton.setObjectName(u"newProfessionalButton")

        self.professionalsToolLayout.addWidget(self.newProfessionalButton)

        self.editProfessionalButton = QPushButton(self.professionalsPanel)
        self.editProfessionalButton.setObjectName(u"editProfessionalButton")

        self.professionalsToolLayout.addWidget(self.editProfessionalButton)

        self.deactivateProfessionalButton = QPushButton(self.professionalsPanel)
        self.deactivateProfessionalButton.setObjectName(u"deactivateProfessionalButton")

        self.professionalsToolLayout.addWidget(self.deactivateProfessionalButton)


        self.professionalsLayout.addLayout(self.professionalsToolLayout)

        self.professionalsTable = QTableView(self.professionalsPanel)
        self.professionalsTable.setObjectName(u"professionalsTable")
        self.professionalsTable.setMinimumSize(QSize(0, 100))
        self.professionalsTable.setAlternatingRowColors(True)
        self.professionalsTable.setShowGrid(False)
        self.professionalsTable.setWordWrap(False)
        self.professionalsTable.horizontalHeader().setHighlightSections(False)

        self.professionalsLayout.addWidget(self.professionalsTable)

        self.splitter.addWidget(self.professionalsPanel)

        self.mainLayout.addWidget(self.splitter)

        QWidget.setTabOrder(self.searchEdit, self.showInactiveCheck)
        QWidget.setTabOrder(self.showInactiveCheck, self.newOrganisationButton)
        QWidget.setTabOrder(self.newOrganisationButton, self.editOrganisationButton)
        QWidget.setTabOrder(self.editOrganisationButton, self.deactivateOrganisationButton)
        QWidget.setTabOrder(self.deactivateOrganisationButton, self.organisationsTable)
        QWidget.setTabOrder(self.organisationsTable, self.newProfessionalButton)
        QWidget.setTabOrder(self.newProfessionalButton, self.editProfessionalButton)
        QWidget.setTabOrder(self.editProfessionalButton, self.deactivateProfessionalButton)
        QWidget.setTabOrder(self.deactivateProfessionalButton, self.professionalsTable)

        self.retranslateUi(OrganisationsScreen)

        QMetaObject.connectSlotsByName(OrganisationsScreen)
    # setupUi

    def retranslateUi(self, OrganisationsScreen):
        self.titleLabel.setText(QCoreApplication.translate("OrganisationsScreen", u"Organisations", None))
        self.descriptionLabel.setText(QCoreApplication.translate("OrganisationsScreen", u"The participating organisations, with the professionals who can be contacted about a signal. Each organisation decides by its own criteria when it signals.", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("OrganisationsScreen", u"Search by code, name, sector, e-mail\u2026", None))
        self.showInactiveCheck.setText(QCoreApplication.translate("OrganisationsScreen", u"Also show &inactive", None))
        self.newOrganisationButton.setText(QCoreApplication.translate("OrganisationsScreen", u"New organisation\u2026", None))
        self.editOrganisationButton.setText(QCoreApplication.translate("OrganisationsScreen", u"Edit\u2026", None))
        self.deactivateOrganisationButton.setText(QCoreApplication.translate("OrganisationsScreen", u"Deactivate", None))
        self.professionalsTitleLabel.setText(QCoreApplication.translate("OrganisationsScreen", u"Professionals", None))
        self.newProfessionalButton.setText(QCoreApplication.translate("OrganisationsScreen", u"New professional\u2026", None))
        self.editProfessionalButton.setText(QCoreApplication.translate("OrganisationsScreen", u"Edit\u2026", None))
        self.deactivateProfessionalButton.setText(QCoreApplication.translate("OrganisationsScreen", u"Deactivate", None))
        pass
    # retranslateUi

