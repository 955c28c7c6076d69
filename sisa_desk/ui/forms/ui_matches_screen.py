# generated from forms/matches_screen.ui by tools/build_ui.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'matches_screen.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QStackedWidget, QTableView, QVBoxLayout, QWidget)

class Ui_MatchesScreen(object):
    def setupUi(self, MatchesScreen):
        if not MatchesScreen.objectName():
            MatchesScreen.setObjectName(u"MatchesScreen")
        MatchesScreen.resize(960, 700)
        self.mainLayout = QVBoxLayout(MatchesScreen)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 20, 24, 16)
        self.titleLayout = QHBoxLayout()
        self.titleLayout.setSpacing(8)
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(MatchesScreen)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.titleLayout.addWidget(self.titleLabel)

        self.titleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleLayout.addItem(self.titleSpacer)

        self.exportButton = QPushButton(MatchesScreen)
        self.exportButton.setObjectName(u"exportButton")

        self.titleLayout.addWidget(self.exportButton)


        self.mainLayout.addLayout(self.titleLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(8)
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(MatchesScreen)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(210, 0))
        self.searchEdit.setMaximumSize(QSize(300, 16777215))
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.statusCombo = QComboBox(MatchesScreen)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterLayout.addWidget(self.statusCombo)

        self.handledCombo = QComboBox(MatchesScreen)
        self.handledCombo.setObjectName(u"handledCombo")

        self.filterLayout.addWidget(self.handledCombo)

        self.overdueCheck = QCheckBox(MatchesScreen)
        self.overdueCheck.setObjectName(u"overdueCheck")

        self.filterLayout.addWidget(self.overdueCheck)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.mainLayout.addLayout(self.filterLayout)

        self.filterLayout2 = QHBoxLayout()
        self.filterLayout2.setSpacing(8)
        self.filterLayout2.setObjectName(u"filterLayout2")
        self.organisationCombo = QComboBox(MatchesScreen)
        self.organisationCombo.setObjectName(u"organisationCombo")
        self.organisationCombo.setMinimumSize(QSize(170, 0))
        self.organisationCombo.setMaximumSize(QSize(260, 16777215))
        self.organisationCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.organisationCombo.setMinimumContentsLength(14)

        self.filterLayout2.addWidget(self.organisationCombo)

        self.sectorCombo = QComboBox(MatchesScreen)
        self.sectorCombo.setObjectName(u"sectorCombo")

        self.filterLayout2.addWidget(self.sectorCombo)

        self.cityCombo = QComboBox(MatchesScreen)
        self.cityCombo.setObjectName(u"cityCombo")
        self.cityCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.cityCombo.setMinimumContentsLength(12)

        self.filterLayout2.addWidget(self.cityCombo)

        self.openedFromLabel = QLabel(MatchesScreen)
        self.openedFromLabel.setObjectName(u"openedFromLabel")
        self.openedFromLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.filterLayout2.addWidget(self.openedFromLabel)

        self.openedFromEdit = QDateEdit(MatchesScreen)
        self.openedFromEdit.setObjectName(u"openedFromEdit")
        self.openedFromEdit.setDisplayFormat(u"dd-MM-yyyy")
        self.openedFromEdit.setCalendarPopup(True)

        self.filterLayout2.addWidget(self.openedFromEdit)

        self.openedToLabel = QLabel(MatchesScreen)
        self.openedToLabel.setObjectName(u"openedToLabel")
        self.openedToLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.filterLayout2.addWidget(self.openedToLabel)

        self.openedToEdit = QDateEdit(MatchesScreen)
        self.openedToEdit.setObjectName(u"openedToEdit")
        self.openedToEdit.setDisplayFormat(u"dd-MM-yyyy")
        self.openedToEdit.setCalendarPopup(True)

        self.filterLayout2.addWidget(self.openedToEdit)

        self.clearFiltersButton = QPushButton(MatchesScreen)
        self.clearFiltersButton.setObjectName(u"clearFiltersButton")

        self.filterLayout2.addWidget(self.clearFiltersButton)

        self.filterSpacer2 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout2.addItem(self.filterSpacer2)


        self.mainLayout.addLayout(self.filterLayout2)

        self.countLabel = QLabel(MatchesScreen)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.countLabel.setText(u"")

        self.mainLayout.addWidget(self.countLabel)

        self.splitter = QSplitter(MatchesScreen)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(10)
        self.listStack = QStackedWidget(self.splitter)
        self.listStack.setObjectName(u"listStack")
        self.listStack.setMinimumSize(QSize(0, 140))
        self.tablePage = QWidget()
        self.tablePage.setObjectName(u"tablePage")
        self.tableLayout = QVBoxLayout(self.tablePage)
        self.tableLayout.setObjectName(u"tableLayout")
        self.tableLayout.setContentsMargins(0, 0, 0, 0)
        self.matchesTable = QTableView(self.tablePage)
        self.matchesTable.setObjectName(u"matchesTable")
        self.matchesTable.setAlternatingRowColors(True)
        self.matchesTable.setShowGrid(False)
        self.matchesTable.setWordWrap(False)
        self.matchesTable.horizontalHeader().setHighlightSections(False)

        self.tableLayout.addWidget(self.matchesTable)

        self.listStack.addWidget(self.tablePage)
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setSpacing(6)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyTopSpacer)

        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.emptyHintLabel = QLabel(self.emptyPage)
        self.emptyHintLabel.setObjectName(u"emptyHintLabel")
        self.emptyHintLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.emptyHintLabel.setText(u"")
        self.emptyHintLabel.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignTop)
        self.emptyHintLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyHintLabel)

        self.emptyBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyBottomSpacer)

        self.listStack.addWidget(self.emptyPage)
        self.splitter.addWidget(self.listStack)
        self.detailPanel = QWidget(self.splitter)
        self.detailPanel.setObjectName(u"detailPanel")
        self.detailPanel.setMinimumSize(QSize(0, 200))
        self.detailLayout = QVBoxLayout(self.detailPanel)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 4, 0, 0)
        self.splitter.addWidget(self.detailPanel)

        self.mainLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.openedFromLabel.setBuddy(self.openedFromEdit)
        self.openedToLabel.setBuddy(self.openedToEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.handledCombo)
        QWidget.setTabOrder(self.handledCombo, self.overdueCheck)
        QWidget.setTabOrder(self.overdueCheck, self.organisationCombo)
        QWidget.setTabOrder(self.organisationCombo, self.sectorCombo)
        QWidget.setTabOrder(self.sectorCombo, self.cityCombo)
        QWidget.setTabOrder(self.cityCombo, self.openedFromEdit)
        QWidget.setTabOrder(self.openedFromEdit, self.openedToEdit)
        QWidget.setTabOrder(self.openedToEdit, self.clearFiltersButton)
        QWidget.setTabOrder(self.clearFiltersButton, self.matchesTable)
        QWidget.setTabOrder(self.matchesTable, self.exportButton)

        self.retranslateUi(MatchesScreen)

        QMetaObject.connectSlotsByName(MatchesScreen)
    # setupUi

    def retranslateUi(self, MatchesScreen):
        self.titleLabel.setText(QCoreApplication.translate("MatchesScreen", u"Matches", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("MatchesScreen", u"Export the matches as filtered and sorted to an Excel workbook (Ctrl+E)", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("MatchesScreen", u"Export to Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("MatchesScreen", u"The first digits of a BSN, or the first letters of a surname (Ctrl+F)", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MatchesScreen", u"Search by BSN or surname\u2026", None))
#if QT_CONFIG(tooltip)
        self.statusCombo.setToolTip(QCoreApplication.translate("MatchesScreen", u"Status of the match", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.handledCombo.setToolTip(QCoreApplication.translate("MatchesScreen", u"Whether every step of the match has been done", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.overdueCheck.setToolTip(QCoreApplication.translate("MatchesScreen", u"Only open matches not handled within the term", None))
#endif // QT_CONFIG(tooltip)
        self.overdueCheck.setText(QCoreApplication.translate("MatchesScreen", u"Only &overdue", None))
#if QT_CONFIG(tooltip)
        self.organisationCombo.setToolTip(QCoreApplication.translate("MatchesScreen", u"Matches in which this organisation takes part", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.sectorCombo.setToolTip(QCoreApplication.translate("MatchesScreen", u"Matches in which an organisation of this sector takes part", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.cityCombo.setToolTip(QCoreApplication.translate("MatchesScreen", u"Woonplaats of the young person (shielded addresses are never searched)", None))
#endif // QT_CONFIG(tooltip)
        self.openedFromLabel.setText(QCoreApplication.translate("MatchesScreen", u"Opened from", None))
#if QT_CONFIG(tooltip)
        self.openedFromEdit.setToolTip(QCoreApplication.translate("MatchesScreen", u"Opened on or after this day (empty: no limit)", None))
#endif // QT_CONFIG(tooltip)
        self.openedToLabel.setText(QCoreApplication.translate("MatchesScreen", u"to", None))
#if QT_CONFIG(tooltip)
        self.openedToEdit.setToolTip(QCoreApplication.translate("MatchesScreen", u"Opened on or before this day (empty: no limit)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.clearFiltersButton.setToolTip(QCoreApplication.translate("MatchesScreen", u"Back to all open matches", None))
#endif // QT_CONFIG(tooltip)
        self.clearFiltersButton.setText(QCoreApplication.translate("MatchesScreen", u"Clear filters", None))
        self.emptyLabel.setText(QCoreApplication.translate("MatchesScreen", u"No open matches", None))
        pass
    # retranslateUi

