# generated from forms/duplicates_screen.ui by tools/build_ui.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'duplicates_screen.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_DuplicatesScreen(object):
    def setupUi(self, DuplicatesScreen):
        if not DuplicatesScreen.objectName():
            DuplicatesScreen.setObjectName(u"DuplicatesScreen")
        DuplicatesScreen.resize(800, 560)
        self.mainLayout = QVBoxLayout(DuplicatesScreen)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 20, 24, 16)
        self.titleLabel = QLabel(DuplicatesScreen)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.mainLayout.addWidget(self.titleLabel)

        self.descriptionLabel = QLabel(DuplicatesScreen)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.descriptionLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.descriptionLabel)

        self.toolLayout = QHBoxLayout()
        self.toolLayout.setSpacing(8)
        self.toolLayout.setObjectName(u"toolLayout")
        self.mergeButton = QPushButton(DuplicatesScreen)
        self.mergeButton.setObjectName(u"mergeButton")

        self.toolLayout.addWidget(self.mergeButton)

        self.keepApartButton = QPushButton(DuplicatesScreen)
        self.keepApartButton.setObjectName(u"keepApartButton")

        self.toolLayout.addWidget(self.keepApartButton)

        self.toolSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.toolSpacer)

        self.refreshButton = QPushButton(DuplicatesScreen)
        self.refreshButton.setObjectName(u"refreshButton")

        self.toolLayout.addWidget(self.refreshButton)


        self.mainLayout.addLayout(self.toolLayout)

        self.contentStack = QStackedWidget(DuplicatesScreen)
        self.contentStack.setObjectName(u"contentStack")
        self.tablePage = QWidget()
        self.tablePage.setObjectName(u"tablePage")
        self.tableLayout = QVBoxLayout(self.tablePage)
        self.tableLayout.setObjectName(u"tableLayout")
        self.tableLayout.setContentsMargins(0, 0, 0, 0)
        self.duplicatesTable = QTableView(self.tablePage)
        self.duplicatesTable.setObjectName(u"duplicatesTable")
        self.duplicatesTable.setAlternatingRowColors(True)
        self.duplicatesTable.setShowGrid(False)
        self.duplicatesTable.setWordWrap(False)
        self.duplicatesTable.horizontalHeader().setHighlightSections(False)

        self.tableLayout.addWidget(self.duplicatesTable)

        self.contentStack.addWidget(self.tablePage)
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setSpacing(10)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyTopSpacer)

        self.emptyIconLabel = QLabel(self.emptyPage)
        self.emptyIconLabel.setObjectName(u"emptyIconLabel")
        self.emptyIconLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.emptyIconLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.emptyLayout.addWidget(self.emptyIconLabel)

        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.emptyHintLabel = QLabel(self.emptyPage)
        self.emptyHintLabel.setObjectName(u"emptyHintLabel")
        self.emptyHintLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.emptyHintLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyHintLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyHintLabel)

        self.emptyBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyBottomSpacer)

        self.contentStack.addWidget(self.emptyPage)

        self.mainLayout.addWidget(self.contentStack)

        QWidget.setTabOrder(self.mergeButton, self.keepApartButton)
        QWidget.setTabOrder(self.keepApartButton, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.duplicatesTable)

        self.retranslateUi(DuplicatesScreen)

        QMetaObject.connectSlotsByName(DuplicatesScreen)
    # setupUi

    def retranslateUi(self, DuplicatesScreen):
        self.titleLabel.setText(QCoreApplication.translate("DuplicatesScreen", u"Possible duplicates", None))
        self.descriptionLabel.setText(QCoreApplication.translate("DuplicatesScreen", u"Young persons without a BSN are never matched automatically. When two records share a date of birth and have similar names, they may be the same young person: decide here, oldest first. Merging lets the match rules apply.", None))
        self.mergeButton.setText(QCoreApplication.translate("DuplicatesScreen", u"&Merge", None))
        self.keepApartButton.setText(QCoreApplication.translate("DuplicatesScreen", u"&Keep apart", None))
        self.refreshButton.setText(QCoreApplication.translate("DuplicatesScreen", u"&Refresh", None))
        self.emptyLabel.setText(QCoreApplication.translate("DuplicatesScreen", u"No possible duplicates", None))
        self.emptyHintLabel.setText(QCoreApplication.translate("DuplicatesScreen", u"Nothing to decide right now.", None))
        pass
    # retranslateUi

