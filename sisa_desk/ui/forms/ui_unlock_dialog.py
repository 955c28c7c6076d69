# generated from forms/unlock_dialog.ui by tools/build_ui.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unlock_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_UnlockDialog(object):
    def setupUi(self, UnlockDialog):
        if not UnlockDialog.objectName():
            UnlockDialog.setObjectName(u"UnlockDialog")
        UnlockDialog.resize(500, 160)
        UnlockDialog.setMinimumSize(QSize(500, 0))
        self.mainLayout = QVBoxLayout(UnlockDialog)
        self.mainLayout.setSpacing(14)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 18, 20, 16)
        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setSpacing(16)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.iconLabel = QLabel(UnlockDialog)
        self.iconLabel.setObjectName(u"iconLabel")
        self.iconLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.iconLabel.setMinimumSize(QSize(40, 40))
        self.iconLabel.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignTop)

        self.bodyLayout.addWidget(self.iconLabel)

        self.textLayout = QVBoxLayout()
        self.textLayout.setSpacing(10)
        self.textLayout.setObjectName(u"textLayout")
        self.titleLabel = QLabel(UnlockDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.textLayout.addWidget(self.titleLabel)

        self.messageLabel = QLabel(UnlockDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)

        self.textLayout.addWidget(self.messageLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setHorizontalSpacing(10)
        self.formLayout.setContentsMargins(-1, 4, -1, -1)
        self.passwordCaption = QLabel(UnlockDialog)
        self.passwordCaption.setObjectName(u"passwordCaption")
        self.passwordCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passwordCaption)

        self.passwordEdit = QLineEdit(UnlockDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.textLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(UnlockDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setWordWrap(True)

        self.textLayout.addWidget(self.errorLabel)

        self.busyPanel = QWidget(UnlockDialog)
        self.busyPanel.setObjectName(u"busyPanel")
        self.busyLayout = QHBoxLayout(self.busyPanel)
        self.busyLayout.setObjectName(u"busyLayout")
        self.busyLayout.setContentsMargins(0, 0, 0, 0)
        self.busyLabel = QLabel(self.busyPanel)
        self.busyLabel.setObjectName(u"busyLabel")
        self.busyLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.busyLayout.addWidget(self.busyLabel)

        self.busyBar = QProgressBar(self.busyPanel)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.busyLayout.addWidget(self.busyBar)


        self.textLayout.addWidget(self.busyPanel)


        self.bodyLayout.addLayout(self.textLayout)


        self.mainLayout.addLayout(self.bodyLayout)

        self.verticalSpacer = QSpacerItem(0, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.signOutButton = QPushButton(UnlockDialog)
        self.signOutButton.setObjectName(u"signOutButton")
        self.signOutButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.signOutButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.unlockButton = QPushButton(UnlockDialog)
        self.unlockButton.setObjectName(u"unlockButton")

        self.buttonLayout.addWidget(self.unlockButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.passwordCaption.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passwordEdit, self.unlockButton)
        QWidget.setTabOrder(self.unlockButton, self.signOutButton)

        self.retranslateUi(UnlockDialog)

        self.unlockButton.setDefault(True)


        QMetaObject.connectSlotsByName(UnlockDialog)
    # setupUi

    def retranslateUi(self, UnlockDialog):
        UnlockDialog.setWindowTitle(QCoreApplication.translate("UnlockDialog", u"Locked \u2014 sisa-desk", None))
        self.titleLabel.setText(QCoreApplication.translate("UnlockDialog", u"sisa-desk is locked", None))
        self.passwordCaption.setText(QCoreApplication.translate("UnlockDialog", u"&Password:", None))
        self.busyLabel.setText(QCoreApplication.translate("UnlockDialog", u"Checking the password\u2026", None))
        self.signOutButton.setText(QCoreApplication.translate("UnlockDialog", u"Sign out", None))
        self.unlockButton.setText(QCoreApplication.translate("UnlockDialog", u"Unlock", None))
    # retranslateUi

