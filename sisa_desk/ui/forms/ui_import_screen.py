# generated from forms/import_screen.ui by tools/build_ui.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_screen.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_ImportScreen(object):
    def setupUi(self, ImportScreen):
        if not ImportScreen.objectName():
            ImportScreen.setObjectName(u"ImportScreen")
        ImportScreen.resize(900, 640)
        self.mainLayout = QVBoxLayout(ImportScreen)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 20, 24, 16)
        self.titleLabel = QLabel(ImportScreen)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.mainLayout.addWidget(self.titleLabel)

        self.descriptionLabel = QLabel(ImportScreen)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.descriptionLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.descriptionLabel)

        self.fileGroup = QGroupBox(ImportScreen)
        self.fileGroup.setObjectName(u"fileGroup")
        self.fileLayout = QGridLayout(self.fileGroup)
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileLayout.setHorizontalSpacing(8)
        self.fileLayout.setVerticalSpacing(8)
        self.fileLabel = QLabel(self.fileGroup)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.fileLayout.addWidget(self.fileLabel, 0, 0, 1, 1)

        self.fileEdit = QLineEdit(self.fileGroup)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileLayout.addWidget(self.fileEdit, 0, 1, 1, 1)

        self.chooseFileButton = QPushButton(self.fileGroup)
        self.chooseFileButton.setObjectName(u"chooseFileButton")

        self.fileLayout.addWidget(self.chooseFileButton, 0, 2, 1, 1)

        self.organisationLabel = QLabel(self.fileGroup)
        self.organisationLabel.setObjectName(u"organisationLabel")
        self.organisationLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.fileLayout.addWidget(self.organisationLabel, 1, 0, 1, 1)

        self.organisationCombo = QComboBox(self.fileGroup)
        self.organisationCombo.setObjectName(u"organisationCombo")

        self.fileLayout.addWidget(self.organisationCombo, 1, 1, 1, 1)

        self.saveTemplateButton = QPushButton(self.fileGroup)
        self.saveTemplateButton.setObjectName(u"saveTemplateButton")

        self.fileLayout.addWidget(self.saveTemplateButton, 1, 2, 1, 1)


        self.mainLayout.addWidget(self.fileGroup)

        self.previewTitleLayout = QHBoxLayout()
        self.previewTitleLayout.setSpacing(8)
        self.previewTitleLayout.setObjectName(u"previewTitleLayout")
        self.previewTitleLabel = QLabel(ImportScreen)
        self.previewTitleLabel.setObjectName(u"previewTitleLabel")
        self.previewTitleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.previewTitleLayout.addWidget(self.previewTitleLabel)

        self.previewSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.previewTitleLayout.addItem(self.previewSpacer)

        self.rejectedOnlyCheck = QCheckBox(ImportScreen)
        self.rejectedOnlyCheck.setObjectName(u"rejectedOnlyCheck")

        self.previewTitleLayout.addWidget(self.rejectedOnlyCheck)


        self.mainLayout.addLayout(self.previewTitleLayout)

        self.summaryLabel = QLabel(ImportScreen)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.summaryLabel)

        self.rowsTable = QTableView(ImportScreen)
        self.rowsTable.setObjectName(u"rowsTable")
        self.rowsTable.setAlternatingRowColors(True)
        self.rowsTable.setShowGrid(False)
        self.rowsTable.setWordWrap(False)
        self.rowsTable.horizontalHeader().setHighlightSections(False)

        self.mainLayout.addWidget(self.rowsTable)

        self.rowMessagesLabel = QLabel(ImportScreen)
        self.rowMessagesLabel.setObjectName(u"rowMessagesLabel")
        self.rowMessagesLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.rowMessagesLabel.setWordWrap(True)
        self.rowMessagesLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.rowMessagesLabel)

        self.importLayout = QHBoxLayout()
        self.importLayout.setSpacing(8)
        self.importLayout.setObjectName(u"importLayout")
        self.resultLabel = QLabel(ImportScreen)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.resultLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.resultLabel.sizePolicy().hasHeightForWidth())
        self.resultLabel.setSizePolicy(sizePolicy)

        self.importLayout.addWidget(self.resultLabel)

        self.importSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.importLayout.addItem(self.importSpacer)

        self.errorReportButton = QPushButton(ImportScreen)
        self.errorReportButton.setObjectName(u"errorReportButton")

        self.importLayout.addWidget(self.errorReportButton)

        self.importButton = QPushButton(ImportScreen)
        self.importButton.setObjectName(u"importButton")

        self.importLayout.addWidget(self.importButton)


        self.mainLayout.addLayout(self.importLayout)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
        self.organisationLabel.setBuddy(self.organisationCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.chooseFileButton, self.organisationCombo)
        QWidget.setTabOrder(self.organisationCombo, self.saveTemplateButton)
        QWidget.setTabOrder(self.saveTemplateButton, self.rejectedOnlyCheck)
        QWidget.setTabOrder(self.rejectedOnlyCheck, self.rowsTable)
        QWidget.setTabOrder(self.rowsTable, self.importButton)
        QWidget.setTabOrder(self.importButton, self.errorReportButton)

        self.retranslateUi(ImportScreen)

        QMetaObject.connectSlotsByName(ImportScreen)
    # setupUi

    def retranslateUi(self, ImportScreen):
        self.titleLabel.setText(QCoreApplication.translate("ImportScreen", u"Import", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ImportScreen", u"Read a spreadsheet of signals that a partner sent. First every row is checked and shown; nothing is saved until you choose Import.", None))
        self.fileGroup.setTitle(QCoreApplication.translate("ImportScreen", u"1. File and organisation", None))
        self.fileLabel.setText(QCoreApplication.translate("ImportScreen", u"File", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ImportScreen", u"No file chosen", None))
        self.chooseFileButton.setText(QCoreApplication.translate("ImportScreen", u"Choose &file\u2026", None))
        self.organisationLabel.setText(QCoreApplication.translate("ImportScreen", u"&Organisation", None))
        self.saveTemplateButton.setText(QCoreApplication.translate("ImportScreen", u"Save &template\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveTemplateButton.setToolTip(QCoreApplication.translate("ImportScreen", u"The empty workbook to send to partners", None))
#endif // QT_CONFIG(tooltip)
        self.previewTitleLabel.setText(QCoreApplication.translate("ImportScreen", u"2. Preview", None))
        self.rejectedOnlyCheck.setText(QCoreApplication.translate("ImportScreen", u"Only &rejected rows", None))
        self.errorReportButton.setText(QCoreApplication.translate("ImportScreen", u"Save &error report\u2026", None))
        self.importButton.setText(QCoreApplication.translate("ImportScreen", u"3. &Import", None))
        pass
    # retranslateUi

