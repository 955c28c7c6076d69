# generated from forms/placeholder_screen.ui by tools/build_ui.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'placeholder_screen.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_PlaceholderScreen(object):
    def setupUi(self, PlaceholderScreen):
        if not PlaceholderScreen.objectName():
            PlaceholderScreen.setObjectName(u"PlaceholderScreen")
        PlaceholderScreen.resize(800, 560)
        self.mainLayout = QVBoxLayout(PlaceholderScreen)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 20, 24, 16)
        self.titleLabel = QLabel(PlaceholderScreen)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.mainLayout.addWidget(self.titleLabel)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.topSpacer)

        self.iconLabel = QLabel(PlaceholderScreen)
        self.iconLabel.setObjectName(u"iconLabel")
        self.iconLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.iconLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.mainLayout.addWidget(self.iconLabel)

        self.comingLabel = QLabel(PlaceholderScreen)
        self.comingLabel.setObjectName(u"comingLabel")
        self.comingLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.comingLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.mainLayout.addWidget(self.comingLabel)

        self.descriptionLabel = QLabel(PlaceholderScreen)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.descriptionLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.descriptionLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.descriptionLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)


        self.retranslateUi(PlaceholderScreen)

        QMetaObject.connectSlotsByName(PlaceholderScreen)
    # setupUi

    def retranslateUi(self, PlaceholderScreen):
        self.comingLabel.setText(QCoreApplication.translate("PlaceholderScreen", u"This screen comes in a next version", None))
        pass
    # retranslateUi

