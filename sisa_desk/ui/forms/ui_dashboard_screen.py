# generated from forms/dashboard_screen.ui by tools/build_ui.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard_screen.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QHBoxLayout,
    QLabel, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_DashboardScreen(object):
    def setupUi(self, DashboardScreen):
        if not DashboardScreen.objectName():
            DashboardScreen.setObjectName(u"DashboardScreen")
        DashboardScreen.resize(980, 680)
        self.mainLayout = QVBoxLayout(DashboardScreen)
        self.mainLayout.setSpacing(0)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.scrollArea = QScrollArea(DashboardScreen)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.contentLayout = QVBoxLayout(self.scrollContents)
        self.contentLayout.setSpacing(10)
        self.contentLayout.setObjectName(u"contentLayout")
        self.contentLayout.setContentsMargins(24, 16, 24, 12)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(10)
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(self.scrollContents)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.updatedLabel = QLabel(self.scrollContents)
        self.updatedLabel.setObjectName(u"updatedLabel")
        self.updatedLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.updatedLabel.setText(u"")

        self.headerLayout.addWidget(self.updatedLabel)

        self.refreshButton = QPushButton(self.scrollContents)
        self.refreshButton.setObjectName(u"refreshButton")

        self.headerLayout.addWidget(self.refreshButton)


        self.contentLayout.addLayout(self.headerLayout)

        self.descriptionLabel = QLabel(self.scrollContents)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.descriptionLabel.setText(u"")
        self.descriptionLabel.setWordWrap(True)

        self.contentLayout.addWidget(self.descriptionLabel)

        self.tilesLayout = QHBoxLayout()
        self.tilesLayout.setSpacing(12)
        self.tilesLayout.setObjectName(u"tilesLayout")

        self.contentLayout.addLayout(self.tilesLayout)

        self.panelsLayout = QGridLayout()
        self.panelsLayout.setObjectName(u"panelsLayout")
        self.panelsLayout.setHorizontalSpacing(12)
        self.panelsLayout.setVerticalSpacing(12)

        self.contentLayout.addLayout(self.panelsLayout)

        self.scrollArea.setWidget(self.scrollContents)

        self.mainLayout.addWidget(self.scrollArea)


        self.retranslateUi(DashboardScreen)

        QMetaObject.connectSlotsByName(DashboardScreen)
    # setupUi

    def retranslateUi(self, DashboardScreen):
        self.titleLabel.setText(QCoreApplication.translate("DashboardScreen", u"Dashboard", None))
        self.refreshButton.setText(QCoreApplication.translate("DashboardScreen", u"&Refresh", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("DashboardScreen", u"Read the numbers again (F5)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

