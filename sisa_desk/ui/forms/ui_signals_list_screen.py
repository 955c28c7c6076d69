# generated from forms/signals_list_screen.ui by tools/build_ui.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'signals_list_screen.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_SignalsListScreen(object):
    def setupUi(self, SignalsListScreen):
        if not SignalsListScreen.objectName():
            SignalsListScreen.setObjectName(u"SignalsListScreen")
        SignalsListScreen.resize(980, 640)
        self.mainLayout = QVBoxLayout(SignalsListScreen)
        self.mainLayout.setSpacing(0)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 20, 24, 16)
        self.pageStack = QStackedWidget(SignalsListScreen)
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
        self.statusCombo = QComboBox(self.listPage)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setMinimumSize(QSize(100, 0))

        self.toolLayout.addWidget(self.statusCombo)

        self.organisationCombo = QComboBox(self.listPage)
        self.organisationCombo.setObjectName(u"organisationCombo")
        self.organisationCombo.setMinimumSize(QSize(170, 0))

        self.toolLayout.addWidget(self.organisationCombo)

        self.sectorCombo = QComboBox(self.listPage)
        self.sectorCombo.setObjectName(u"sectorCombo")
        self.sectorCombo.setMinimumSize(QSize(130, 0))

        self.toolLayout.addWidget(self.sectorCombo)

        self.periodCheck = QCheckBox(self.listPage)
        self.periodCheck.setObjectName(u"periodCheck")

        self.toolLayout.addWidget(self.periodCheck)

        self.fromDate = QDateEdit(self.listPage)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)
        self.fromDate.setDisplayFormat(u"dd-MM-yyyy")

        self.toolLayout.addWidget(self.fromDate)

        self.toLabel = QLabel(self.listPage)
        self.toLabel.setObjectName(u"toLabel")
        self.toLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.toolLayout.addWidget(self.toLabel)

        self.toDate = QDateEdit(self.listPage)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)
        self.toDate.setDisplayFormat(u"dd-MM-yyyy")

        self.toolLayout.addWidget(self.toDate)

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
        self.signalsTable = QTableView(self.tablePage)
        self.signalsTable.setObjectName(u"signalsTable")
        self.signalsTable.setAlternatingRowColors(True)
        self.signalsTable.setShowGrid(False)
        self.signalsTable.setWordWrap(False)
        self.signalsTable.horizontalHeader().setHighlightSections(False)

        self.tableLayout.addWidget(self.signalsTable)

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

        self.mainLayout.addWidget(self.pageStack)


        self.retranslateUi(SignalsListScreen)

        QMetaObject.connectSlotsByName(SignalsListScreen)
    # setupUi

    def retranslateUi(self, SignalsListScreen):
        self.titleLabel.setText(QCoreApplication.translate("SignalsListScreen", u"Signals", None))
        self.exportButton.setText(QCoreApplication.translate("SignalsListScreen", u"E&xport to Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("SignalsListScreen", u"Write the list as it is filtered and sorted to an Excel workbook", None))
#endif // QT_CONFIG(tooltip)
        self.descriptionLabel.setText(QCoreApplication.translate("SignalsListScreen", u"The signals of the participating organisations: active ones, or the history. Press Enter or double-click to open the young person's record.", None))
#if QT_CONFIG(tooltip)
        self.statusCombo.setToolTip(QCoreApplication.translate("SignalsListScreen", u"Active signals or the history", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.organisationCombo.setToolTip(QCoreApplication.translate("SignalsListScreen", u"Organisation", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.sectorCombo.setToolTip(QCoreApplication.translate("SignalsListScreen", u"Sector", None))
#endif // QT_CONFIG(tooltip)
        self.periodCheck.setText(QCoreApplication.translate("SignalsListScreen", u"&Signal date from", None))
#if QT_CONFIG(tooltip)
        self.fromDate.setToolTip(QCoreApplication.translate("SignalsListScreen", u"First signal date", None))
#endif // QT_CONFIG(tooltip)
        self.toLabel.setText(QCoreApplication.translate("SignalsListScreen", u"to", None))
#if QT_CONFIG(tooltip)
        self.toDate.setToolTip(QCoreApplication.translate("SignalsListScreen", u"Last signal date", None))
#endif // QT_CONFIG(tooltip)
        self.emptyLabel.setText(QCoreApplication.translate("SignalsListScreen", u"No signals found", None))
        pass
    # retranslateUi

