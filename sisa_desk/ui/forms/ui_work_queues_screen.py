# generated from forms/work_queues_screen.ui by tools/build_ui.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'work_queues_screen.ui'
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
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QStackedWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_WorkQueuesScreen(object):
    def setupUi(self, WorkQueuesScreen):
        if not WorkQueuesScreen.objectName():
            WorkQueuesScreen.setObjectName(u"WorkQueuesScreen")
        WorkQueuesScreen.resize(980, 640)
        self.mainLayout = QVBoxLayout(WorkQueuesScreen)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 20, 24, 16)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(10)
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(WorkQueuesScreen)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.openButton = QPushButton(WorkQueuesScreen)
        self.openButton.setObjectName(u"openButton")

        self.headerLayout.addWidget(self.openButton)

        self.refreshButton = QPushButton(WorkQueuesScreen)
        self.refreshButton.setObjectName(u"refreshButton")

        self.headerLayout.addWidget(self.refreshButton)


        self.mainLayout.addLayout(self.headerLayout)

        self.descriptionLabel = QLabel(WorkQueuesScreen)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.descriptionLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.descriptionLabel)

        self.splitter = QSplitter(WorkQueuesScreen)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(10)
        self.queueList = QListWidget(self.splitter)
        self.queueList.setObjectName(u"queueList")
        self.queueList.setMinimumSize(QSize(250, 0))
        self.queueList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.queueList.setIconSize(QSize(18, 18))
        self.queueList.setUniformItemSizes(True)
        self.splitter.addWidget(self.queueList)
        self.queuePanel = QWidget(self.splitter)
        self.queuePanel.setObjectName(u"queuePanel")
        self.queueLayout = QVBoxLayout(self.queuePanel)
        self.queueLayout.setSpacing(6)
        self.queueLayout.setObjectName(u"queueLayout")
        self.queueLayout.setContentsMargins(0, 0, 0, 0)
        self.queueTitleLabel = QLabel(self.queuePanel)
        self.queueTitleLabel.setObjectName(u"queueTitleLabel")
        self.queueTitleLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.queueTitleLabel.setText(u"")

        self.queueLayout.addWidget(self.queueTitleLabel)

        self.queueHintLabel = QLabel(self.queuePanel)
        self.queueHintLabel.setObjectName(u"queueHintLabel")
        self.queueHintLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.queueHintLabel.setText(u"")
        self.queueHintLabel.setWordWrap(True)

        self.queueLayout.addWidget(self.queueHintLabel)

        self.contentStack = QStackedWidget(self.queuePanel)
        self.contentStack.setObjectName(u"contentStack")
        self.tablePage = QWidget()
        self.tablePage.setObjectName(u"tablePage")
        self.tableLayout = QVBoxLayout(self.tablePage)
        self.tableLayout.setObjectName(u"tableLayout")
        self.tableLayout.setContentsMargins(0, 0, 0, 0)
        self.queueTable = QTableView(self.tablePage)
        self.queueTable.setObjectName(u"queueTable")
        self.queueTable.setAlternatingRowColors(True)
        self.queueTable.setShowGrid(False)
        self.queueTable.setWordWrap(False)
        self.queueTable.horizontalHeader().setHighlightSections(False)

        self.tableLayout.addWidget(self.queueTable)

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
        self.emptyHintLabel.setText(u"")
        self.emptyHintLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyHintLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyHintLabel)

        self.emptyBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyBottomSpacer)

        self.contentStack.addWidget(self.emptyPage)

        self.queueLayout.addWidget(self.contentStack)

        self.splitter.addWidget(self.queuePanel)

        self.mainLayout.addWidget(self.splitter)

        self.mainLayout.setStretch(2, 1)
        QWidget.setTabOrder(self.queueList, self.queueTable)
        QWidget.setTabOrder(self.queueTable, self.openButton)
        QWidget.setTabOrder(self.openButton, self.refreshButton)

        self.retranslateUi(WorkQueuesScreen)

        QMetaObject.connectSlotsByName(WorkQueuesScreen)
    # setupUi

    def retranslateUi(self, WorkQueuesScreen):
        self.titleLabel.setText(QCoreApplication.translate("WorkQueuesScreen", u"Work queue", None))
        self.openButton.setText(QCoreApplication.translate("WorkQueuesScreen", u"&Open", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("WorkQueuesScreen", u"Open the chosen match (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("WorkQueuesScreen", u"&Refresh", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("WorkQueuesScreen", u"Read the queues again (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.descriptionLabel.setText(QCoreApplication.translate("WorkQueuesScreen", u"The matches that wait for a step from the back office, oldest first, so overdue ones come first in every queue. Double-click a row or press Enter to open it.", None))
        self.emptyLabel.setText(QCoreApplication.translate("WorkQueuesScreen", u"Nothing to do in this work queue", None))
        pass
    # retranslateUi

