# generated from forms/persons_screen.ui by tools/build_ui.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'persons_screen.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_PersonsScreen(object):
    def setupUi(self, PersonsScreen):
        if not PersonsScreen.objectName():
            PersonsScreen.setObjectName(u"PersonsScreen")
        PersonsScreen.resize(980, 640)
        self.mainLayout = QVBoxLayout(PersonsScreen)
        self.mainLayout.setSpacing(0)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 20, 24, 16)
        self.pageStack = QStackedWidget(PersonsScreen)
        self.pageStack.setObjectName(u"pageStack")
        self.listPage = QWidget()
        self.listPage.setObjectName(u"listPage")
        self.listLayout = QVBoxLayout(self.listPage)
        self.listLayout.setSpacing(10)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(8)
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(self.listPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.exportButton = QPushButton(self.listPage)
        self.exportButton.setObjectName(u"exportButton")

        self.headerLayout.addWidget(self.exportButton)


        self.listLayout.addLayout(self.headerLayout)

        self.descriptionLabel = QLabel(self.listPage)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.descriptionLabel.setWordWrap(True)

        self.listLayout.addWidget(self.descriptionLabel)

        self.toolLayout = QHBoxLayout()
        self.toolLayout.setSpacing(8)
        self.toolLayout.setObjectName(u"toolLayout")
        self.searchEdit = QLineEdit(self.listPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(240, 0))
        self.searchEdit.setMaximumSize(QSize(320, 16777215))
        self.searchEdit.setClearButtonEnabled(True)

        self.toolLayout.addWidget(self.searchEdit)

        self.cityCombo = QComboBox(self.listPage)
        self.cityCombo.setObjectName(u"cityCombo")
        self.cityCombo.setMinimumSize(QSize(170, 0))

        self.toolLayout.addWidget(self.cityCombo)

        self.matchCombo = QComboBox(self.listPage)
        self.matchCombo.setObjectName(u"matchCombo")
        self.matchCombo.setMinimumSize(QSize(150, 0))

        self.toolLayout.addWidget(self.matchCombo)

        self.shieldedCheck = QCheckBox(self.listPage)
        self.shieldedCheck.setObjectName(u"shieldedCheck")

        self.toolLayout.addWidget(self.shieldedCheck)

        self.toolSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.toolSpacer)

        self.countLabel = QLabel(self.listPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.countLabel.setText(u"")

        self.toolLayout.addWidget(self.countLabel)


        self.listLayout.addLayout(self.toolLayout)

        self.contentStack = QStackedWidget(self.listPage)
        self.contentStack.setObjectName(u"contentStack")
        self.tablePage = QWidget()
        self.tablePage.setObjectName(u"tablePage")
        self.tableLayout = QVBoxLayout(self.tablePage)
        self.tableLayout.setObjectName(u"tableLayout")
        self.tableLayout.setContentsMargins(0, 0, 0, 0)
        self.personsTable = QTableView(self.tablePage)
        self.personsTable.setObjectName(u"personsTable")
        self.personsTable.setAlternatingRowColors(True)
        self.personsTable.setShowGrid(False)
        self.personsTable.setWordWrap(False)
        self.personsTable.horizontalHeader().setHighlightSections(False)

        self.tableLayout.addWidget(self.personsTable)

        self.contentStack.addWidget(self.tablePage)
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.contentStack.addWidget(self.emptyPage)

        self.listLayout.addWidget(self.contentStack)

        self.listLayout.setStretch(3, 1)
        self.pageStack.addWidget(self.listPage)
        self.recordPage = QWidget()
        self.recordPage.setObjectName(u"recordPage")
        self.recordLayout = QVBoxLayout(self.recordPage)
        self.recordLayout.setObjectName(u"recordLayout")
        self.recordLayout.setContentsMargins(0, 0, 0, 0)
        self.pageStack.addWidget(self.recordPage)

        self.mainLayout.addWidget(self.pageStack)


        self.retranslateUi(PersonsScreen)

        QMetaObject.connectSlotsByName(PersonsScreen)
    # setupUi

    def retranslateUi(self, PersonsScreen):
        self.titleLabel.setText(QCoreApplication.translate("PersonsScreen", u"Young persons", None))
        self.exportButton.setText(QCoreApplication.translate("PersonsScreen", u"E&xport to Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("PersonsScreen", u"Write the list as it is filtered and sorted to an Excel workbook", None))
#endif // QT_CONFIG(tooltip)
        self.descriptionLabel.setText(QCoreApplication.translate("PersonsScreen", u"Every young person signalled, with their active signals and open match. Search by the start of a BSN or a surname; press Enter or double-click to open the record (each opening is written to the audit log).", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("PersonsScreen", u"Search by BSN or surname (Ctrl+F)", None))
#if QT_CONFIG(tooltip)
        self.cityCombo.setToolTip(QCoreApplication.translate("PersonsScreen", u"Woonplaats", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.matchCombo.setToolTip(QCoreApplication.translate("PersonsScreen", u"Open match", None))
#endif // QT_CONFIG(tooltip)
        self.shieldedCheck.setText(QCoreApplication.translate("PersonsScreen", u"Only &shielded", None))
        self.emptyLabel.setText(QCoreApplication.translate("PersonsScreen", u"No young persons found", None))
        pass
    # retranslateUi

