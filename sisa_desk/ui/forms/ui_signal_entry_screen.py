# generated from forms/signal_entry_screen.ui by tools/build_ui.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'signal_entry_screen.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QFormLayout, QFrame, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_SignalEntryScreen(object):
    def setupUi(self, SignalEntryScreen):
        if not SignalEntryScreen.objectName():
            SignalEntryScreen.setObjectName(u"SignalEntryScreen")
        SignalEntryScreen.resize(980, 700)
        self.mainLayout = QVBoxLayout(SignalEntryScreen)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 20, 24, 16)
        self.titleLabel = QLabel(SignalEntryScreen)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.mainLayout.addWidget(self.titleLabel)

        self.descriptionLabel = QLabel(SignalEntryScreen)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.descriptionLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.descriptionLabel)

        self.caseContentNote = QLabel(SignalEntryScreen)
        self.caseContentNote.setObjectName(u"caseContentNote")
        self.caseContentNote.setTextFormat(Qt.TextFormat.PlainText)
        self.caseContentNote.setWordWrap(True)

        self.mainLayout.addWidget(self.caseContentNote)

        self.scrollArea = QScrollArea(SignalEntryScreen)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.columnsLayout = QHBoxLayout(self.scrollContents)
        self.columnsLayout.setSpacing(16)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.columnsLayout.setContentsMargins(0, 4, 0, 0)
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setSpacing(12)
        self.leftColumn.setObjectName(u"leftColumn")
        self.personGroup = QGroupBox(self.scrollContents)
        self.personGroup.setObjectName(u"personGroup")
        self.personForm = QFormLayout(self.personGroup)
        self.personForm.setObjectName(u"personForm")
        self.personForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.personForm.setHorizontalSpacing(10)
        self.personForm.setVerticalSpacing(6)
        self.personForm.setContentsMargins(12, 14, 12, 12)
        self.bsnCaption = QLabel(self.personGroup)
        self.bsnCaption.setObjectName(u"bsnCaption")
        self.bsnCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.personForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.bsnCaption)

        self.bsnLayout = QHBoxLayout()
        self.bsnLayout.setSpacing(8)
        self.bsnLayout.setObjectName(u"bsnLayout")
        self.bsnEdit = QLineEdit(self.personGroup)
        self.bsnEdit.setObjectName(u"bsnEdit")
        self.bsnEdit.setMaxLength(20)

        self.bsnLayout.addWidget(self.bsnEdit)

        self.noBsnCheck = QCheckBox(self.personGroup)
        self.noBsnCheck.setObjectName(u"noBsnCheck")

        self.bsnLayout.addWidget(self.noBsnCheck)


        self.personForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.bsnLayout)

        self.bsnProblem = QLabel(self.personGroup)
        self.bsnProblem.setObjectName(u"bsnProblem")
        self.bsnProblem.setTextFormat(Qt.TextFormat.PlainText)

        self.personForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.bsnProblem)

        self.givenNamesCaption = QLabel(self.personGroup)
        self.givenNamesCaption.setObjectName(u"givenNamesCaption")
        self.givenNamesCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.personForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.givenNamesCaption)

        self.givenNamesEdit = QLineEdit(self.personGroup)
        self.givenNamesEdit.setObjectName(u"givenNamesEdit")
        self.givenNamesEdit.setMaxLength(200)

        self.personForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.givenNamesEdit)

        self.prefixCaption = QLabel(self.personGroup)
        self.prefixCaption.setObjectName(u"prefixCaption")
        self.prefixCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.personForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.prefixCaption)

        self.prefixEdit = QLineEdit(self.personGroup)
        self.prefixEdit.setObjectName(u"prefixEdit")
        self.prefixEdit.setMaxLength(40)

        self.personForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.prefixEdit)

        self.surnameCaption = QLabel(self.personGroup)
        self.surnameCaption.setObjectName(u"surnameCaption")
        self.surnameCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.personForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.surnameCaption)

        self.surnameEdit = QLineEdit(self.personGroup)
        self.surnameEdit.setObjectName(u"surnameEdit")
        self.surnameEdit.setMaxLength(200)

        self.personForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.surnameEdit)

        self.surnameProblem = QLabel(self.personGroup)
        self.surnameProblem.setObjectName(u"surnameProblem")
        self.surnameProblem.setTextFormat(Qt.TextFormat.PlainText)

        self.personForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.surnameProblem)

        self.dateOfBirthCaption = QLabel(self.personGroup)
        self.dateOfBirthCaption.setObjectName(u"dateOfBirthCaption")
        self.dateOfBirthCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.personForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.dateOfBirthCaption)

        self.dateOfBirthLayout = QHBoxLayout()
        self.dateOfBirthLayout.setSpacing(8)
        self.dateOfBirthLayout.setObjectName(u"dateOfBirthLayout")
        self.dateOfBirthEdit = QDateEdit(self.personGroup)
        self.dateOfBirthEdit.setObjectName(u"dateOfBirthEdit")
        self.dateOfBirthEdit.setMinimumSize(QSize(140, 0))
        self.dateOfBirthEdit.setDisplayFormat(u"dd-MM-yyyy")
        self.dateOfBirthEdit.setCalendarPopup(True)

        self.dateOfBirthLayout.addWidget(self.dateOfBirthEdit)

        self.dateOfBirthSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateOfBirthLayout.addItem(self.dateOfBirthSpacer)


        self.personForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.dateOfBirthLayout)

        self.dateOfBirthProblem = QLabel(self.personGroup)
        self.dateOfBirthProblem.setObjectName(u"dateOfBirthProblem")
        self.dateOfBirthProblem.setTextFormat(Qt.TextFormat.PlainText)

        self.personForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.dateOfBirthProblem)

        self.genderCaption = QLabel(self.personGroup)
        self.genderCaption.setObjectName(u"genderCaption")
        self.genderCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.personForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.genderCaption)

        self.genderLayout = QHBoxLayout()
        self.genderLayout.setSpacing(8)
        self.genderLayout.setObjectName(u"genderLayout")
        self.genderCombo = QComboBox(self.personGroup)
        self.genderCombo.setObjectName(u"genderCombo")
        self.genderCombo.setMinimumSize(QSize(180, 0))

        self.genderLayout.addWidget(self.genderCombo)

        self.genderSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.genderLayout.addItem(self.genderSpacer)


        self.personForm.setLayout(8, QFormLayout.ItemRole.FieldRole, self.genderLayout)

        self.genderProblem = QLabel(self.personGroup)
        self.genderProblem.setObjectName(u"genderProblem")
        self.genderProblem.setTextFormat(Qt.TextFormat.PlainText)

        self.personForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.genderProblem)

        self.streetCaption = QLabel(self.personGroup)
        self.streetCaption.setObjectName(u"streetCaption")
        self.streetCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.personForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.streetCaption)

        self.streetLayout = QHBoxLayout()
        self.streetLayout.setSpacing(8)
        self.streetLayout.setObjectName(u"streetLayout")
        self.streetEdit = QLineEdit(self.personGroup)
        self.streetEdit.setObjectName(u"streetEdit")
        self.streetEdit.setMaxLength(200)

        self.streetLayout.addWidget(self.streetEdit)

        self.houseNumberEdit = QLineEdit(self.personGroup)
        self.houseNumberEdit.setObjectName(u"houseNumberEdit")
        self.houseNumberEdit.setMaximumSize(QSize(90, 16777215))
        self.houseNumberEdit.setMaxLength(20)

        self.streetLayout.addWidget(self.houseNumberEdit)


        self.personForm.setLayout(10, QFormLayout.ItemRole.FieldRole, self.streetLayout)

        self.postcodeCaption = QLabel(self.personGroup)
        self.postcodeCaption.setObjectName(u"postcodeCaption")
        self.postcodeCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.personForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.postcodeCaption)

        self.postcodeLayout = QHBoxLayout()
        self.postcodeLayout.setSpacing(8)
        self.postcodeLayout.setObjectName(u"postcodeLayout")
        self.postcodeEdit = QLineEdit(self.personGroup)
        self.postcodeEdit.setObjectName(u"postcodeEdit")
        self.postcodeEdit.setMaximumSize(QSize(90, 16777215))
        self.postcodeEdit.setMaxLength(10)

        self.postcodeLayout.addWidget(self.postcodeEdit)

        self.cityEdit = QLineEdit(self.personGroup)
        self.cityEdit.setObjectName(u"cityEdit")
        self.cityEdit.setMaxLength(100)

        self.postcodeLayout.addWidget(self.cityEdit)


        self.personForm.setLayout(11, QFormLayout.ItemRole.FieldRole, self.postcodeLayout)

        self.postcodeProblem = QLabel(self.personGroup)
        self.postcodeProblem.setObjectName(u"postcodeProblem")
        self.postcodeProblem.setTextFormat(Qt.TextFormat.PlainText)

        self.personForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.postcodeProblem)

        self.shieldedCheck = QCheckBox(self.personGroup)
        self.shieldedCheck.setObjectName(u"shieldedCheck")

        self.personForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.shieldedCheck)

        self.shieldedWarning = QLabel(self.personGroup)
        self.shieldedWarning.setObjectName(u"shieldedWarning")
        self.shieldedWarning.setTextFormat(Qt.TextFormat.PlainText)
        self.shieldedWarning.setWordWrap(True)

        self.personForm.setWidget(14, QFormLayout.ItemRole.FieldRole, self.shieldedWarning)


        self.leftColumn.addWidget(self.personGroup)

        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftSpacer)


        self.columnsLayout.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setSpacing(12)
        self.rightColumn.setObjectName(u"rightColumn")
        self.signalGroup = QGroupBox(self.scrollContents)
        self.signalGroup.setObjectName(u"signalGroup")
        self.signalForm = QFormLayout(self.signalGroup)
        self.signalForm.setObjectName(u"signalForm")
        self.signalForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.signalForm.setHorizontalSpacing(10)
        self.signalForm.setVerticalSpacing(6)
        self.signalForm.setContentsMargins(12, 14, 12, 12)
        self.organisationCaption = QLabel(self.signalGroup)
        self.organisationCaption.setObjectName(u"organisationCaption")
        self.organisationCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.signalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.organisationCaption)

        self.organisationCombo = QComboBox(self.signalGroup)
        self.organisationCombo.setObjectName(u"organisationCombo")
        self.organisationCombo.setEditable(True)
        self.organisationCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.organisationCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.organisationCombo.setMinimumContentsLength(20)

        self.signalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.organisationCombo)

        self.organisationProblem = QLabel(self.signalGroup)
        self.organisationProblem.setObjectName(u"organisationProblem")
        self.organisationProblem.setTextFormat(Qt.TextFormat.PlainText)

        self.signalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.organisationProblem)

        self.professionalCaption = QLabel(self.signalGroup)
        self.professionalCaption.setObjectName(u"professionalCaption")
        self.professionalCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.signalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.professionalCaption)

        self.professionalCombo = QComboBox(self.signalGroup)
        self.professionalCombo.setObjectName(u"professionalCombo")
        self.professionalCombo.setEditable(True)
        self.professionalCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.professionalCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.professionalCombo.setMinimumContentsLength(20)

        self.signalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.professionalCombo)

        self.professionalProblem = QLabel(self.signalGroup)
        self.professionalProblem.setObjectName(u"professionalProblem")
        self.professionalProblem.setTextFormat(Qt.TextFormat.PlainText)

        self.signalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.professionalProblem)

        self.phoneCaption = QLabel(self.signalGroup)
        self.phoneCaption.setObjectName(u"phoneCaption")
        self.phoneCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.signalForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneCaption)

        self.phoneEdit = QLineEdit(self.signalGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(40)

        self.signalForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.phoneProblem = QLabel(self.signalGroup)
        self.phoneProblem.setObjectName(u"phoneProblem")
        self.phoneProblem.setTextFormat(Qt.TextFormat.PlainText)

        self.signalForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phoneProblem)

        self.emailCaption = QLabel(self.signalGroup)
        self.emailCaption.setObjectName(u"emailCaption")
        self.emailCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.signalForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.emailCaption)

        self.emailEdit = QLineEdit(self.signalGroup)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(200)

        self.signalForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.emailProblem = QLabel(self.signalGroup)
        self.emailProblem.setObjectName(u"emailProblem")
        self.emailProblem.setTextFormat(Qt.TextFormat.PlainText)

        self.signalForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.emailProblem)

        self.signalDateCaption = QLabel(self.signalGroup)
        self.signalDateCaption.setObjectName(u"signalDateCaption")
        self.signalDateCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.signalForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.signalDateCaption)

        self.signalDateLayout = QHBoxLayout()
        self.signalDateLayout.setSpacing(8)
        self.signalDateLayout.setObjectName(u"signalDateLayout")
        self.signalDateEdit = QDateEdit(self.signalGroup)
        self.signalDateEdit.setObjectName(u"signalDateEdit")
        self.signalDateEdit.setMinimumSize(QSize(140, 0))
        self.signalDateEdit.setDisplayFormat(u"dd-MM-yyyy")
        self.signalDateEdit.setCalendarPopup(True)

        self.signalDateLayout.addWidget(self.signalDateEdit)

        self.signalDateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.signalDateLayout.addItem(self.signalDateSpacer)


        self.signalForm.setLayout(8, QFormLayout.ItemRole.FieldRole, self.signalDateLayout)

        self.signalDateProblem = QLabel(self.signalGroup)
        self.signalDateProblem.setObjectName(u"signalDateProblem")
        self.signalDateProblem.setTextFormat(Qt.TextFormat.PlainText)

        self.signalForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.signalDateProblem)


        self.rightColumn.addWidget(self.signalGroup)

        self.resultPanel = QFrame(self.scrollContents)
        self.resultPanel.setObjectName(u"resultPanel")
        self.resultLayout = QVBoxLayout(self.resultPanel)
        self.resultLayout.setSpacing(4)
        self.resultLayout.setObjectName(u"resultLayout")
        self.resultLayout.setContentsMargins(12, 10, 12, 10)
        self.resultTitleLabel = QLabel(self.resultPanel)
        self.resultTitleLabel.setObjectName(u"resultTitleLabel")
        self.resultTitleLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.resultTitleLabel.setWordWrap(True)

        self.resultLayout.addWidget(self.resultTitleLabel)

        self.resultLabel = QLabel(self.resultPanel)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.resultLayout.addWidget(self.resultLabel)


        self.rightColumn.addWidget(self.resultPanel)

        self.noticesGroup = QGroupBox(self.scrollContents)
        self.noticesGroup.setObjectName(u"noticesGroup")
        self.noticesLayout = QVBoxLayout(self.noticesGroup)
        self.noticesLayout.setSpacing(6)
        self.noticesLayout.setObjectName(u"noticesLayout")
        self.noticesLayout.setContentsMargins(12, 12, 12, 10)
        self.noticesHint = QLabel(self.noticesGroup)
        self.noticesHint.setObjectName(u"noticesHint")
        self.noticesHint.setTextFormat(Qt.TextFormat.PlainText)
        self.noticesHint.setWordWrap(True)

        self.noticesLayout.addWidget(self.noticesHint)

        self.noticesListLayout = QHBoxLayout()
        self.noticesListLayout.setSpacing(8)
        self.noticesListLayout.setObjectName(u"noticesListLayout")
        self.noticesList = QListWidget(self.noticesGroup)
        self.noticesList.setObjectName(u"noticesList")
        self.noticesList.setMaximumSize(QSize(16777215, 84))
        self.noticesList.setAlternatingRowColors(True)

        self.noticesListLayout.addWidget(self.noticesList)

        self.noticesButtonLayout = QVBoxLayout()
        self.noticesButtonLayout.setObjectName(u"noticesButtonLayout")
        self.seenButton = QPushButton(self.noticesGroup)
        self.seenButton.setObjectName(u"seenButton")
        self.seenButton.setAutoDefault(False)

        self.noticesButtonLayout.addWidget(self.seenButton)

        self.noticesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.noticesButtonLayout.addItem(self.noticesSpacer)


        self.noticesListLayout.addLayout(self.noticesButtonLayout)


        self.noticesLayout.addLayout(self.noticesListLayout)


        self.rightColumn.addWidget(self.noticesGroup)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightSpacer)


        self.columnsLayout.addLayout(self.rightColumn)

        self.scrollArea.setWidget(self.scrollContents)

        self.mainLayout.addWidget(self.scrollArea)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setSpacing(12)
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.statusLabel = QLabel(SignalEntryScreen)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.statusLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)

        self.bottomLayout.addWidget(self.statusLabel)

        self.registerButton = QPushButton(SignalEntryScreen)
        self.registerButton.setObjectName(u"registerButton")
        self.registerButton.setMinimumSize(QSize(140, 0))

        self.bottomLayout.addWidget(self.registerButton)


        self.mainLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.bsnCaption.setBuddy(self.bsnEdit)
        self.givenNamesCaption.setBuddy(self.givenNamesEdit)
        self.prefixCaption.setBuddy(self.prefixEdit)
        self.surnameCaption.setBuddy(self.surnameEdit)
        self.dateOfBirthCaption.setBuddy(self.dateOfBirthEdit)
        self.genderCaption.setBuddy(self.genderCombo)
        self.streetCaption.setBuddy(self.streetEdit)
        self.postcodeCaption.setBuddy(self.postcodeEdit)
        self.organisationCaption.setBuddy(self.organisationCombo)
        self.professionalCaption.setBuddy(self.professionalCombo)
        self.phoneCaption.setBuddy(self.phoneEdit)
        self.emailCaption.setBuddy(self.emailEdit)
        self.signalDateCaption.setBuddy(self.signalDateEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.bsnEdit, self.noBsnCheck)
        QWidget.setTabOrder(self.noBsnCheck, self.givenNamesEdit)
        QWidget.setTabOrder(self.givenNamesEdit, self.prefixEdit)
        QWidget.setTabOrder(self.prefixEdit, self.surnameEdit)
        QWidget.setTabOrder(self.surnameEdit, self.dateOfBirthEdit)
        QWidget.setTabOrder(self.dateOfBirthEdit, self.genderCombo)
        QWidget.setTabOrder(self.genderCombo, self.streetEdit)
        QWidget.setTabOrder(self.streetEdit, self.houseNumberEdit)
        QWidget.setTabOrder(self.houseNumberEdit, self.postcodeEdit)
        QWidget.setTabOrder(self.postcodeEdit, self.cityEdit)
        QWidget.setTabOrder(self.cityEdit, self.shieldedCheck)
        QWidget.setTabOrder(self.shieldedCheck, self.organisationCombo)
        QWidget.setTabOrder(self.organisationCombo, self.professionalCombo)
        QWidget.setTabOrder(self.professionalCombo, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.signalDateEdit)
        QWidget.setTabOrder(self.signalDateEdit, self.registerButton)
        QWidget.setTabOrder(self.registerButton, self.noticesList)
        QWidget.setTabOrder(self.noticesList, self.seenButton)

        self.retranslateUi(SignalEntryScreen)

        self.registerButton.setDefault(True)


        QMetaObject.connectSlotsByName(SignalEntryScreen)
    # setupUi

    def retranslateUi(self, SignalEntryScreen):
        self.titleLabel.setText(QCoreApplication.translate("SignalEntryScreen", u"Enter a signal", None))
        self.descriptionLabel.setText(QCoreApplication.translate("SignalEntryScreen", u"A signal says that an organisation helps this young person, and who can be contacted. One signal alone does nothing; a match arises when a second organisation signals the same young person.", None))
        self.caseContentNote.setText(QCoreApplication.translate("SignalEntryScreen", u"Never record the reason for or the content of the request for help.", None))
        self.personGroup.setTitle(QCoreApplication.translate("SignalEntryScreen", u"Young person", None))
        self.bsnCaption.setText(QCoreApplication.translate("SignalEntryScreen", u"&BSN:", None))
        self.noBsnCheck.setText(QCoreApplication.translate("SignalEntryScreen", u"&No BSN", None))
        self.givenNamesCaption.setText(QCoreApplication.translate("SignalEntryScreen", u"Gi&ven names:", None))
        self.prefixCaption.setText(QCoreApplication.translate("SignalEntryScreen", u"Pre&fix:", None))
        self.prefixEdit.setPlaceholderText(QCoreApplication.translate("SignalEntryScreen", u"e.g. van der", None))
        self.surnameCaption.setText(QCoreApplication.translate("SignalEntryScreen", u"&Surname:", None))
        self.dateOfBirthCaption.setText(QCoreApplication.translate("SignalEntryScreen", u"&Date of birth:", None))
        self.genderCaption.setText(QCoreApplication.translate("SignalEntryScreen", u"Gen&der:", None))
        self.genderCombo.setPlaceholderText(QCoreApplication.translate("SignalEntryScreen", u"Choose", None))
        self.streetCaption.setText(QCoreApplication.translate("SignalEntryScreen", u"Street and h&ouse number:", None))
        self.postcodeCaption.setText(QCoreApplication.translate("SignalEntryScreen", u"&Postcode and town:", None))
        self.shieldedCheck.setText(QCoreApplication.translate("SignalEntryScreen", u"S&hielded (safety case)", None))
        self.shieldedWarning.setText(QCoreApplication.translate("SignalEntryScreen", u"The address never goes into a letter or an export.", None))
        self.signalGroup.setTitle(QCoreApplication.translate("SignalEntryScreen", u"Signal", None))
        self.organisationCaption.setText(QCoreApplication.translate("SignalEntryScreen", u"&Organisation:", None))
        self.professionalCaption.setText(QCoreApplication.translate("SignalEntryScreen", u"Professiona&l:", None))
        self.phoneCaption.setText(QCoreApplication.translate("SignalEntryScreen", u"P&hone:", None))
        self.emailCaption.setText(QCoreApplication.translate("SignalEntryScreen", u"&E-mail:", None))
        self.signalDateCaption.setText(QCoreApplication.translate("SignalEntryScreen", u"Signal da&te:", None))
        self.noticesGroup.setTitle(QCoreApplication.translate("SignalEntryScreen", u"Earlier involvement", None))
        self.noticesHint.setText(QCoreApplication.translate("SignalEntryScreen", u"Another organisation helped this young person before. Tell the signalling organisation once, then click Seen.", None))
        self.seenButton.setText(QCoreApplication.translate("SignalEntryScreen", u"&Seen", None))
        self.registerButton.setText(QCoreApplication.translate("SignalEntryScreen", u"&Register", None))
        pass
    # retranslateUi

