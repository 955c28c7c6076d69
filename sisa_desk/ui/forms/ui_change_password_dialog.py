# generated from forms/change_password_dialog.ui by tools/build_ui.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'change_password_dialog.ui'
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

class Ui_ChangePasswordDialog(object):
    def setupUi(self, ChangePasswordDialog):
        if not ChangePasswordDialog.objectName():
            ChangePasswordDialog.setObjectName(u"ChangePasswordDialog")
        ChangePasswordDialog.resize(480, 200)
        ChangePasswordDialog.setMinimumSize(QSize(480, 0))
        self.mainLayout = QVBoxLayout(ChangePasswordDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 18, 20, 16)
        self.policyLabel = QLabel(ChangePasswordDialog)
        self.policyLabel.setObjectName(u"policyLabel")
        self.policyLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.policyLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.policyLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setHorizontalSpacing(10)
        self.formLayout.setVerticalSpacing(10)
        self.oldPasswordCaption = QLabel(ChangePasswordDialog)
        self.oldPasswordCaption.setObjectName(u"oldPasswordCaption")
        self.oldPasswordCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.oldPasswordCaption)

        self.oldPasswordEdit = QLineEdit(ChangePasswordDialog)
        self.oldPasswordEdit.setObjectName(u"oldPasswordEdit")
        self.oldPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.oldPasswordEdit)

        self.newPasswordCaption = QLabel(ChangePasswordDialog)
        self.newPasswordCaption.setObjectName(u"newPasswordCaption")
        self.newPasswordCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newPasswordCaption)

        self.newPasswordEdit = QLineEdit(ChangePasswordDialog)
        self.newPasswordEdit.setObjectName(u"newPasswordEdit")
        self.newPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newPasswordEdit)

        self.repeatPasswordCaption = QLabel(ChangePasswordDialog)
        self.repeatPasswordCaption.setObjectName(u"repeatPasswordCaption")
        self.repeatPasswordCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.repeatPasswordCaption)

        self.repeatPasswordEdit = QLineEdit(ChangePasswordDialog)
        self.repeatPasswordEdit.setObjectName(u"repeatPasswordEdit")
        self.repeatPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.repeatPasswordEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ChangePasswordDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.busyPanel = QWidget(ChangePasswordDialog)
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


        self.mainLayout.addWidget(self.busyPanel)

        self.verticalSpacer = QSpacerItem(0, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.changeButton = QPushButton(ChangePasswordDialog)
        self.changeButton.setObjectName(u"changeButton")

        self.buttonLayout.addWidget(self.changeButton)

        self.cancelButton = QPushButton(ChangePasswordDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.oldPasswordCaption.setBuddy(self.oldPasswordEdit)
        self.newPasswordCaption.setBuddy(self.newPasswordEdit)
        self.repeatPasswordCaption.setBuddy(self.repeatPasswordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.oldPasswordEdit, self.newPasswordEdit)
        QWidget.setTabOrder(self.newPasswordEdit, self.repeatPasswordEdit)
        QWidget.setTabOrder(self.repeatPasswordEdit, self.changeButton)
        QWidget.setTabOrder(self.changeButton, self.cancelButton)

        self.retranslateUi(ChangePasswordDialog)

        self.changeButton.setDefault(True)


        QMetaObject.connectSlotsByName(ChangePasswordDialog)
    # setupUi

    def retranslateUi(self, ChangePasswordDialog):
        ChangePasswordDialog.setWindowTitle(QCoreApplication.translate("ChangePasswordDialog", u"Change password", None))
        self.oldPasswordCaption.setText(QCoreApplication.translate("ChangePasswordDialog", u"&Current password:", None))
        self.newPasswordCaption.setText(QCoreApplication.translate("ChangePasswordDialog", u"&New password:", None))
        self.repeatPasswordCaption.setText(QCoreApplication.translate("ChangePasswordDialog", u"&Repeat new password:", None))
        self.busyLabel.setText(QCoreApplication.translate("ChangePasswordDialog", u"Changing the password\u2026", None))
        self.changeButton.setText(QCoreApplication.translate("ChangePasswordDialog", u"Change password", None))
        self.cancelButton.setText(QCoreApplication.translate("ChangePasswordDialog", u"Cancel", None))
    # retranslateUi

