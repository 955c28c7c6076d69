# generated from forms/add_user_dialog.ui by tools/build_ui.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'add_user_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_AddUserDialog(object):
    def setupUi(self, AddUserDialog):
        if not AddUserDialog.objectName():
            AddUserDialog.setObjectName(u"AddUserDialog")
        AddUserDialog.resize(500, 220)
        AddUserDialog.setMinimumSize(QSize(500, 0))
        self.mainLayout = QVBoxLayout(AddUserDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 18, 20, 16)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setHorizontalSpacing(10)
        self.formLayout.setVerticalSpacing(10)
        self.nameCaption = QLabel(AddUserDialog)
        self.nameCaption.setObjectName(u"nameCaption")
        self.nameCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameCaption)

        self.nameEdit = QLineEdit(AddUserDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(64)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.roleCaption = QLabel(AddUserDialog)
        self.roleCaption.setObjectName(u"roleCaption")
        self.roleCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleCaption)

        self.roleCombo = QComboBox(AddUserDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.passwordCaption = QLabel(AddUserDialog)
        self.passwordCaption.setObjectName(u"passwordCaption")
        self.passwordCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordCaption)

        self.passwordEdit = QLineEdit(AddUserDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.repeatPasswordCaption = QLabel(AddUserDialog)
        self.repeatPasswordCaption.setObjectName(u"repeatPasswordCaption")
        self.repeatPasswordCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.repeatPasswordCaption)

        self.repeatPasswordEdit = QLineEdit(AddUserDialog)
        self.repeatPasswordEdit.setObjectName(u"repeatPasswordEdit")
        self.repeatPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.repeatPasswordEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.policyLabel = QLabel(AddUserDialog)
        self.policyLabel.setObjectName(u"policyLabel")
        self.policyLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.policyLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.policyLabel)

        self.errorLabel = QLabel(AddUserDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.busyPanel = QWidget(AddUserDialog)
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

        self.addButton = QPushButton(AddUserDialog)
        self.addButton.setObjectName(u"addButton")

        self.buttonLayout.addWidget(self.addButton)

        self.cancelButton = QPushButton(AddUserDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.nameCaption.setBuddy(self.nameEdit)
        self.roleCaption.setBuddy(self.roleCombo)
        self.passwordCaption.setBuddy(self.passwordEdit)
        self.repeatPasswordCaption.setBuddy(self.repeatPasswordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.repeatPasswordEdit)
        QWidget.setTabOrder(self.repeatPasswordEdit, self.addButton)
        QWidget.setTabOrder(self.addButton, self.cancelButton)

        self.retranslateUi(AddUserDialog)

        self.addButton.setDefault(True)


        QMetaObject.connectSlotsByName(AddUserDialog)
    # setupUi

    def retranslateUi(self, AddUserDialog):
        AddUserDialog.setWindowTitle(QCoreApplication.translate("AddUserDialog", u"Add user", None))
        self.nameCaption.setText(QCoreApplication.translate("AddUserDialog", u"&User name:", None))
        self.roleCaption.setText(QCoreApplication.translate("AddUserDialog", u"&Role:", None))
        self.passwordCaption.setText(QCoreApplication.translate("AddUserDialog", u"&Password:", None))
        self.repeatPasswordCaption.setText(QCoreApplication.translate("AddUserDialog", u"R&epeat password:", None))
        self.busyLabel.setText(QCoreApplication.translate("AddUserDialog", u"Adding the user\u2026", None))
        self.addButton.setText(QCoreApplication.translate("AddUserDialog", u"Add user", None))
        self.cancelButton.setText(QCoreApplication.translate("AddUserDialog", u"Cancel", None))
    # retranslateUi

