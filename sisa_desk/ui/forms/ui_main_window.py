# generated from forms/main_window.ui by tools/build_ui.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QMainWindow, QMenu,
    QMenuBar, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QStatusBar, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1180, 740)
        MainWindow.setMinimumSize(QSize(820, 520))
        MainWindow.setWindowTitle(u"sisa-desk")
        self.actionChangePassword = QAction(MainWindow)
        self.actionChangePassword.setObjectName(u"actionChangePassword")
        self.actionLock = QAction(MainWindow)
        self.actionLock.setObjectName(u"actionLock")
#if QT_CONFIG(shortcut)
        self.actionLock.setShortcut(u"Ctrl+L")
#endif // QT_CONFIG(shortcut)
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QVBoxLayout(self.centralwidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.centralStack = QStackedWidget(self.centralwidget)
        self.centralStack.setObjectName(u"centralStack")
        self.contentPage = QWidget()
        self.contentPage.setObjectName(u"contentPage")
        self.contentLayout = QHBoxLayout(self.contentPage)
        self.contentLayout.setSpacing(0)
        self.contentLayout.setObjectName(u"contentLayout")
        self.contentLayout.setContentsMargins(0, 0, 0, 0)
        self.navigationList = QListWidget(self.contentPage)
        self.navigationList.setObjectName(u"navigationList")
        self.navigationList.setMinimumSize(QSize(200, 0))
        self.navigationList.setMaximumSize(QSize(200, 16777215))
        self.navigationList.setFrameShape(QFrame.Shape.NoFrame)
        self.navigationList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigationList.setIconSize(QSize(20, 20))
        self.navigationList.setUniformItemSizes(True)

        self.contentLayout.addWidget(self.navigationList)

        self.screenStack = QStackedWidget(self.contentPage)
        self.screenStack.setObjectName(u"screenStack")

        self.contentLayout.addWidget(self.screenStack)

        self.centralStack.addWidget(self.contentPage)
        self.lockedPage = QWidget()
        self.lockedPage.setObjectName(u"lockedPage")
        self.lockedLayout = QVBoxLayout(self.lockedPage)
        self.lockedLayout.setSpacing(12)
        self.lockedLayout.setObjectName(u"lockedLayout")
        self.lockedTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.lockedLayout.addItem(self.lockedTopSpacer)

        self.lockedIconLabel = QLabel(self.lockedPage)
        self.lockedIconLabel.setObjectName(u"lockedIconLabel")
        self.lockedIconLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.lockedIconLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.lockedLayout.addWidget(self.lockedIconLabel)

        self.lockedTitleLabel = QLabel(self.lockedPage)
        self.lockedTitleLabel.setObjectName(u"lockedTitleLabel")
        self.lockedTitleLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.lockedTitleLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.lockedLayout.addWidget(self.lockedTitleLabel)

        self.lockedTextLabel = QLabel(self.lockedPage)
        self.lockedTextLabel.setObjectName(u"lockedTextLabel")
        self.lockedTextLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.lockedTextLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lockedTextLabel.setWordWrap(True)

        self.lockedLayout.addWidget(self.lockedTextLabel)

        self.unlockButtonLayout = QHBoxLayout()
        self.unlockButtonLayout.setObjectName(u"unlockButtonLayout")
        self.unlockLeftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.unlockButtonLayout.addItem(self.unlockLeftSpacer)

        self.unlockButton = QPushButton(self.lockedPage)
        self.unlockButton.setObjectName(u"unlockButton")

        self.unlockButtonLayout.addWidget(self.unlockButton)

        self.unlockRightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.unlockButtonLayout.addItem(self.unlockRightSpacer)


        self.lockedLayout.addLayout(self.unlockButtonLayout)

        self.lockedBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.lockedLayout.addItem(self.lockedBottomSpacer)

        self.centralStack.addWidget(self.lockedPage)

        self.centralLayout.addWidget(self.centralStack)

        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        self.statusbar.setSizeGripEnabled(True)
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionChangePassword)
        self.menuFile.addAction(self.actionLock)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        self.actionChangePassword.setText(QCoreApplication.translate("MainWindow", u"Change &password\u2026", None))
        self.actionLock.setText(QCoreApplication.translate("MainWindow", u"&Lock", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About sisa-desk", None))
        self.lockedTitleLabel.setText(QCoreApplication.translate("MainWindow", u"sisa-desk is locked", None))
        self.lockedTextLabel.setText(QCoreApplication.translate("MainWindow", u"The screen was locked to protect the data. Enter your password to continue.", None))
        self.unlockButton.setText(QCoreApplication.translate("MainWindow", u"Unlock\u2026", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
        pass
    # retranslateUi

