# generated from forms/organisation_dialog.ui by tools/build_ui.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'organisation_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_OrganisationDialog(object):
    def setupUi(self, OrganisationDialog):
        if not OrganisationDialog.objectName():
            OrganisationDialog.setObjectName(u"OrganisationDialog")
        OrganisationDialog.resize(560, 520)
        OrganisationDialog.setMinimumSize(QSize(560, 0))
        self.mainLayout = QVBoxLayout(OrganisationDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 18, 20, 16)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setHorizontalSpacing(10)
        self.formLayout.setVerticalSpacing(6)
        self.codeCaption = QLabel(OrganisationDialog)
        self.codeCaption.setObjectName(u"codeCaption")
        self.codeCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeCaption)

        self.codeEdit = QLineEdit(OrganisationDialog)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(20)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.codeProblem = QLabel(OrganisationDialog)
        self.codeProblem.setObjectName(u"codeProblem")
        self.codeProblem.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeProblem)

        self.nameCaption = QLabel(OrganisationDialog)
        self.nameCaption.setObjectName(u"nameCaption")
        self.nameCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameCaption)

        self.nameEdit = QLineEdit(OrganisationDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameProblem = QLabel(OrganisationDialog)
        self.nameProblem.setObjectName(u"nameProblem")
        self.nameProblem.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nameProblem)

        self.sectorCaption = QLabel(OrganisationDialog)
        self.sectorCaption.setObjectName(u"sectorCaption")
        self.sectorCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sectorCaption)

        self.sectorCombo = QComboBox(OrganisationDialog)
        self.sectorCombo.setObjectName(u"sectorCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sectorCombo)

        self.sectorProblem = QLabel(OrganisationDialog)
        self.sectorProblem.setObjectName(u"sectorProblem")
        self.sectorProblem.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.sectorProblem)

        self.phoneCaption = QLabel(OrganisationDialog)
        self.phoneCaption.setObjectName(u"phoneCaption")
        self.phoneCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phoneCaption)

        self.phoneEdit = QLineEdit(OrganisationDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(40)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.phoneProblem = QLabel(OrganisationDialog)
        self.phoneProblem.setObjectName(u"phoneProblem")
        self.phoneProblem.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.phoneProblem)

        self.emailCaption = QLabel(OrganisationDialog)
        self.emailCaption.setObjectName(u"emailCaption")
        self.emailCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.emailCaption)

        self.emailEdit = QLineEdit(OrganisationDialog)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(200)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.emailProblem = QLabel(OrganisationDialog)
        self.emailProblem.setObjectName(u"emailProblem")
        self.emailProblem.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.emailProblem)

        self.criteriaCaption = QLabel(OrganisationDialog)
        self.criteriaCaption.setObjectName(u"criteriaCaption")
        self.criteriaCaption.setTextFormat(Qt.TextFormat.PlainText)
        self.criteriaCaption.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.criteriaCaption)

        self.criteriaEdit = QPlainTextEdit(OrganisationDialog)
        self.criteriaEdit.setObjectName(u"criteriaEdit")
        self.criteriaEdit.setMinimumSize(QSize(0, 90))
        self.criteriaEdit.setMaximumSize(QSize(16777215, 120))
        self.criteriaEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.criteriaEdit)

        self.criteriaHint = QLabel(OrganisationDialog)
        self.criteriaHint.setObjectName(u"criteriaHint")
        self.criteriaHint.setTextFormat(Qt.TextFormat.PlainText)
        self.criteriaHint.setWordWrap(True)

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.criteriaHint)

        self.criteriaProblem = QLabel(OrganisationDialog)
        self.criteriaProblem.setObjectName(u"criteriaProblem")
        self.criteriaProblem.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.criteriaProblem)

        self.mayCoordinateCheck = QCheckBox(OrganisationDialog)
        self.mayCoordinateCheck.setObjectName(u"mayCoordinateCheck")

        self.formLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.mayCoordinateCheck)

        self.priorityCaption = QLabel(OrganisationDialog)
        self.priorityCaption.setObjectName(u"priorityCaption")
        self.priorityCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.priorityCaption)

        self.priorityLayout = QHBoxLayout()
        self.priorityLayout.setSpacing(10)
        self.priorityLayout.setObjectName(u"priorityLayout")
        self.prioritySpin = QSpinBox(OrganisationDialog)
        self.prioritySpin.setObjectName(u"prioritySpin")
        self.prioritySpin.setMinimumSize(QSize(90, 0))
        self.prioritySpin.setMaximumSize(QSize(110, 16777215))
        self.prioritySpin.setMaximum(9999)
        self.prioritySpin.setValue(100)

        self.priorityLayout.addWidget(self.prioritySpin)

        self.priorityHint = QLabel(OrganisationDialog)
        self.priorityHint.setObjectName(u"priorityHint")
        self.priorityHint.setTextFormat(Qt.TextFormat.PlainText)
        self.priorityHint.setWordWrap(True)

        self.priorityLayout.addWidget(self.priorityHint)


        self.formLayout.setLayout(14, QFormLayout.ItemRole.FieldRole, self.priorityLayout)

        self.priorityProblem = QLabel(OrganisationDialog)
        self.priorityProblem.setObjectName(u"priorityProblem")
        self.priorityProblem.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(15, QFormLayout.ItemRole.FieldRole, self.priorityProblem)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(OrganisationDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.busyPanel = QWidget(OrganisationDialog)
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

        self.saveButton = QPushButton(OrganisationDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(OrganisationDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.codeCaption.setBuddy(self.codeEdit)
        self.nameCaption.setBuddy(self.nameEdit)
        self.sectorCaption.setBuddy(self.sectorCombo)
        self.phoneCaption.setBuddy(self.phoneEdit)
        self.emailCaption.setBuddy(self.emailEdit)
        self.criteriaCaption.setBuddy(self.criteriaEdit)
        self.priorityCaption.setBuddy(self.prioritySpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.codeEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.sectorCombo)
        QWidget.setTabOrder(self.sectorCombo, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.criteriaEdit)
        QWidget.setTabOrder(self.criteriaEdit, self.mayCoordinateCheck)
        QWidget.setTabOrder(self.mayCoordinateCheck, self.prioritySpin)
        QWidget.setTabOrder(self.prioritySpin, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(OrganisationDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(OrganisationDialog)
    # setupUi

    def retranslateUi(self, OrganisationDialog):
        OrganisationDialog.setWindowTitle(QCoreApplication.translate("OrganisationDialog", u"Organisation", None))
        self.codeCaption.setText(QCoreApplication.translate("OrganisationDialog", u"&Code:", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("OrganisationDialog", u"e.g. JT-MAAS", None))
        self.nameCaption.setText(QCoreApplication.translate("OrganisationDialog", u"&Name:", None))
        self.sectorCaption.setText(QCoreApplication.translate("OrganisationDialog", u"&Sector:", None))
        self.sectorCombo.setPlaceholderText(QCoreApplication.translate("OrganisationDialog", u"Choose a sector", None))
        self.phoneCaption.setText(QCoreApplication.translate("OrganisationDialog", u"&Phone:", None))
        self.emailCaption.setText(QCoreApplication.translate("OrganisationDialog", u"&E-mail:", None))
        self.criteriaCaption.setText(QCoreApplication.translate("OrganisationDialog", u"C&riteria:", None))
        self.criteriaHint.setText(QCoreApplication.translate("OrganisationDialog", u"When this organisation signals: about the organisation, never about a young person.", None))
        self.mayCoordinateCheck.setText(QCoreApplication.translate("OrganisationDialog", u"&May coordinate (take the lead after a match)", None))
        self.priorityCaption.setText(QCoreApplication.translate("OrganisationDialog", u"&Priority:", None))
        self.priorityHint.setText(QCoreApplication.translate("OrganisationDialog", u"A lower number is proposed as coordinator first.", None))
        self.busyLabel.setText(QCoreApplication.translate("OrganisationDialog", u"Saving\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("OrganisationDialog", u"Save", None))
        self.cancelButton.setText(QCoreApplication.translate("OrganisationDialog", u"Cancel", None))
    # retranslateUi

