# generated from forms/professional_dialog.ui by tools/build_ui.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'professional_dialog.ui'
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

class Ui_ProfessionalDialog(object):
    def setupUi(self, ProfessionalDialog):
        if not ProfessionalDialog.objectName():
            ProfessionalDialog.setObjectName(u"ProfessionalDialog")
        ProfessionalDialog.resize(500, 320)
        ProfessionalDialog.setMinimumSize(QSize(500, 0))
        self.mainLayout = QVBoxLayout(ProfessionalDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 18, 20, 16)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setHorizontalSpacing(10)
        self.formLayout.setVerticalSpacing(6)
        self.organisationCaption = QLabel(ProfessionalDialog)
        self.organisationCaption.setObjectName(u"organisationCaption")
        self.organisationCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.organisationCaption)

        self.organisationLabel = QLabel(ProfessionalDialog)
        self.organisationLabel.setObjectName(u"organisationLabel")
        self.organisationLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.organisationLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.organisationLabel)

        self.nameCaption = QLabel(ProfessionalDialog)
        self.nameCaption.setObjectName(u"nameCaption")
        self.nameCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameCaption)

        self.nameEdit = QLineEdit(ProfessionalDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameProblem = QLabel(ProfessionalDialog)
        self.nameProblem.setObjectName(u"nameProblem")
        self.nameProblem.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameProblem)

        self.functionCaption = QLabel(ProfessionalDialog)
        self.functionCaption.setObjectName(u"functionCaption")
        self.functionCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.functionCaption)

        self.functionEdit = QLineEdit(ProfessionalDialog)
        self.functionEdit.setObjectName(u"functionEdit")
        self.functionEdit.setMaxLength(200)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.functionEdit)

        self.functionProblem = QLabel(ProfessionalDialog)
        self.functionProblem.setObjectName(u"functionProblem")
        self.functionProblem.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.functionProblem)

        self.phoneCaption = QLabel(ProfessionalDialog)
        self.phoneCaption.setObjectName(u"phoneCaption")
        self.phoneCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phoneCaption)

        self.phoneEdit = QLineEdit(ProfessionalDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(40)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.phoneProblem = QLabel(ProfessionalDialog)
        self.phoneProblem.setObjectName(u"phoneProblem")
        self.phoneProblem.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phoneProblem)

        self.emailCaption = QLabel(ProfessionalDialog)
        self.emailCaption.setObjectName(u"emailCaption")
        self.emailCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.emailCaption)

        self.emailEdit = QLineEdit(ProfessionalDialog)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(200)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.emailProblem = QLabel(ProfessionalDialog)
        self.emailProblem.setObjectName(u"emailProblem")
        self.emailProblem.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.emailProblem)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ProfessionalDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.busyPanel = QWidget(ProfessionalDialog)
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

        self.saveButton = QPushButton(ProfessionalDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(ProfessionalDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.nameCaption.setBuddy(self.nameEdit)
        self.functionCaption.setBuddy(self.functionEdit)
        self.phoneCaption.setBuddy(self.phoneEdit)
        self.emailCaption.setBuddy(self.emailEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.functionEdit)
        QWidget.setTabOrder(self.functionEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(ProfessionalDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(ProfessionalDialog)
    # setupUi

    def retranslateUi(self, ProfessionalDialog):
        ProfessionalDialog.setWindowTitle(QCoreApplication.translate("ProfessionalDialog", u"Professional", None))
        self.organisationCaption.setText(QCoreApplication.translate("ProfessionalDialog", u"Organisation:", None))
        self.nameCaption.setText(QCoreApplication.translate("ProfessionalDialog", u"&Name:", None))
        self.functionCaption.setText(QCoreApplication.translate("ProfessionalDialog", u"&Function:", None))
        self.functionEdit.setPlaceholderText(QCoreApplication.translate("ProfessionalDialog", u"e.g. youth care worker", None))
        self.phoneCaption.setText(QCoreApplication.translate("ProfessionalDialog", u"&Phone:", None))
        self.emailCaption.setText(QCoreApplication.translate("ProfessionalDialog", u"&E-mail:", None))
        self.busyLabel.setText(QCoreApplication.translate("ProfessionalDialog", u"Saving\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("ProfessionalDialog", u"Save", None))
        self.cancelButton.setText(QCoreApplication.translate("ProfessionalDialog", u"Cancel", None))
    # retranslateUi

