# generated from forms/person_record.ui by tools/build_ui.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_record.ui'
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
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_PersonRecordView(object):
    def setupUi(self, PersonRecordView):
        if not PersonRecordView.objectName():
            PersonRecordView.setObjectName(u"PersonRecordView")
        PersonRecordView.resize(930, 620)
        self.mainLayout = QVBoxLayout(PersonRecordView)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(10)
        self.headerLayout.setObjectName(u"headerLayout")
        self.backButton = QPushButton(PersonRecordView)
        self.backButton.setObjectName(u"backButton")

        self.headerLayout.addWidget(self.backButton)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.auditLabel = QLabel(PersonRecordView)
        self.auditLabel.setObjectName(u"auditLabel")
        self.auditLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.headerLayout.addWidget(self.auditLabel)


        self.mainLayout.addLayout(self.headerLayout)

        self.nameLabel = QLabel(PersonRecordView)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.nameLabel.setText(u"")
        self.nameLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.nameLabel)

        self.shieldedBanner = QLabel(PersonRecordView)
        self.shieldedBanner.setObjectName(u"shieldedBanner")
        self.shieldedBanner.setTextFormat(Qt.TextFormat.PlainText)
        self.shieldedBanner.setWordWrap(True)

        self.mainLayout.addWidget(self.shieldedBanner)

        self.loadingLabel = QLabel(PersonRecordView)
        self.loadingLabel.setObjectName(u"loadingLabel")
        self.loadingLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.mainLayout.addWidget(self.loadingLabel)

        self.identityFrame = QFrame(PersonRecordView)
        self.identityFrame.setObjectName(u"identityFrame")
        self.identityLayout = QGridLayout(self.identityFrame)
        self.identityLayout.setObjectName(u"identityLayout")
        self.identityLayout.setHorizontalSpacing(12)
        self.identityLayout.setVerticalSpacing(6)
        self.identityLayout.setContentsMargins(14, 10, 14, 10)
        self.bsnCaption = QLabel(self.identityFrame)
        self.bsnCaption.setObjectName(u"bsnCaption")
        self.bsnCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.identityLayout.addWidget(self.bsnCaption, 0, 0, 1, 1)

        self.bsnValue = QLabel(self.identityFrame)
        self.bsnValue.setObjectName(u"bsnValue")
        self.bsnValue.setTextFormat(Qt.TextFormat.PlainText)
        self.bsnValue.setText(u"")
        self.bsnValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityLayout.addWidget(self.bsnValue, 0, 1, 1, 1)

        self.bornCaption = QLabel(self.identityFrame)
        self.bornCaption.setObjectName(u"bornCaption")
        self.bornCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.identityLayout.addWidget(self.bornCaption, 1, 0, 1, 1)

        self.bornValue = QLabel(self.identityFrame)
        self.bornValue.setObjectName(u"bornValue")
        self.bornValue.setTextFormat(Qt.TextFormat.PlainText)
        self.bornValue.setText(u"")
        self.bornValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityLayout.addWidget(self.bornValue, 1, 1, 1, 1)

        self.genderCaption = QLabel(self.identityFrame)
        self.genderCaption.setObjectName(u"genderCaption")
        self.genderCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.identityLayout.addWidget(self.genderCaption, 2, 0, 1, 1)

        self.genderValue = QLabel(self.identityFrame)
        self.genderValue.setObjectName(u"genderValue")
        self.genderValue.setTextFormat(Qt.TextFormat.PlainText)
        self.genderValue.setText(u"")
        self.genderValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityLayout.addWidget(self.genderValue, 2, 1, 1, 1)

        self.addressCaption = QLabel(self.identityFrame)
        self.addressCaption.setObjectName(u"addressCaption")
        self.addressCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.identityLayout.addWidget(self.addressCaption, 0, 2, 1, 1)

        self.addressValue = QLabel(self.identityFrame)
        self.addressValue.setObjectName(u"addressValue")
        self.addressValue.setTextFormat(Qt.TextFormat.PlainText)
        self.addressValue.setText(u"")
        self.addressValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityLayout.addWidget(self.addressValue, 0, 3, 1, 1)

        self.deathCaption = QLabel(self.identityFrame)
        self.deathCaption.setObjectName(u"deathCaption")
        self.deathCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.identityLayout.addWidget(self.deathCaption, 1, 2, 1, 1)

        self.deathValue = QLabel(self.identityFrame)
        self.deathValue.setObjectName(u"deathValue")
        self.deathValue.setTextFormat(Qt.TextFormat.PlainText)
        self.deathValue.setText(u"")
        self.deathValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityLayout.addWidget(self.deathValue, 1, 3, 1, 1)

        self.identitySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.identityLayout.addItem(self.identitySpacer, 0, 4, 1, 1)


        self.mainLayout.addWidget(self.identityFrame)

        self.tabs = QTabWidget(PersonRecordView)
        self.tabs.setObjectName(u"tabs")
        self.signalsTab = QWidget()
        self.signalsTab.setObjectName(u"signalsTab")
        self.signalsLayout = QVBoxLayout(self.signalsTab)
        self.signalsLayout.setSpacing(6)
        self.signalsLayout.setObjectName(u"signalsLayout")
        self.signalsLayout.setContentsMargins(8, 8, 8, 8)
        self.signalsEmptyLabel = QLabel(self.signalsTab)
        self.signalsEmptyLabel.setObjectName(u"signalsEmptyLabel")
        self.signalsEmptyLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.signalsEmptyLabel.setText(u"")
        self.signalsEmptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.signalsLayout.addWidget(self.signalsEmptyLabel)

        self.signalsTable = QTableView(self.signalsTab)
        self.signalsTable.setObjectName(u"signalsTable")
        self.signalsTable.setAlternatingRowColors(True)
        self.signalsTable.setShowGrid(False)
        self.signalsTable.setWordWrap(False)
        self.signalsTable.horizontalHeader().setHighlightSections(False)

        self.signalsLayout.addWidget(self.signalsTable)

        self.tabs.addTab(self.signalsTab, "")
        self.matchesTab = QWidget()
        self.matchesTab.setObjectName(u"matchesTab")
        self.matchesLayout = QVBoxLayout(self.matchesTab)
        self.matchesLayout.setSpacing(6)
        self.matchesLayout.setObjectName(u"matchesLayout")
        self.matchesLayout.setContentsMargins(8, 8, 8, 8)
        self.matchesEmptyLabel = QLabel(self.matchesTab)
        self.matchesEmptyLabel.setObjectName(u"matchesEmptyLabel")
        self.matchesEmptyLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.matchesEmptyLabel.setText(u"")
        self.matchesEmptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.matchesLayout.addWidget(self.matchesEmptyLabel)

        self.matchesTable = QTableView(self.matchesTab)
        self.matchesTable.setObjectName(u"matchesTable")
        self.matchesTable.setAlternatingRowColors(True)
        self.matchesTable.setShowGrid(False)
        self.matchesTable.setWordWrap(False)
        self.matchesTable.horizontalHeader().setHighlightSections(False)

        self.matchesLayout.addWidget(self.matchesTable)

        self.tabs.addTab(self.matchesTab, "")
        self.lettersTab = QWidget()
        self.lettersTab.setObjectName(u"lettersTab")
        self.lettersLayout = QVBoxLayout(self.lettersTab)
        self.lettersLayout.setSpacing(6)
        self.lettersLayout.setObjectName(u"lettersLayout")
        self.lettersLayout.setContentsMargins(8, 8, 8, 8)
        self.lettersEmptyLabel = QLabel(self.lettersTab)
        self.lettersEmptyLabel.setObjectName(u"lettersEmptyLabel")
        self.lettersEmptyLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.lettersEmptyLabel.setText(u"")
        self.lettersEmptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.lettersLayout.addWidget(self.lettersEmptyLabel)

        self.lettersTable = QTableView(self.lettersTab)
        self.lettersTable.setObjectName(u"lettersTable")
        self.lettersTable.setAlternatingRowColors(True)
        self.lettersTable.setShowGrid(False)
        self.lettersTable.setWordWrap(False)
        self.lettersTable.horizontalHeader().setHighlightSections(False)

        self.lettersLayout.addWidget(self.lettersTable)

        self.tabs.addTab(self.lettersTab, "")
        self.contactsTab = QWidget()
        self.contactsTab.setObjectName(u"contactsTab")
        self.contactsLayout = QVBoxLayout(self.contactsTab)
        self.contactsLayout.setSpacing(6)
        self.contactsLayout.setObjectName(u"contactsLayout")
        self.contactsLayout.setContentsMargins(8, 8, 8, 8)
        self.contactsEmptyLabel = QLabel(self.contactsTab)
        self.contactsEmptyLabel.setObjectName(u"contactsEmptyLabel")
        self.contactsEmptyLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.contactsEmptyLabel.setText(u"")
        self.contactsEmptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.contactsLayout.addWidget(self.contactsEmptyLabel)

        self.contactsTable = QTableView(self.contactsTab)
        self.contactsTable.setObjectName(u"contactsTable")
        self.contactsTable.setAlternatingRowColors(True)
        self.contactsTable.setShowGrid(False)
        self.contactsTable.setWordWrap(False)
        self.contactsTable.horizontalHeader().setHighlightSections(False)

        self.contactsLayout.addWidget(self.contactsTable)

        self.tabs.addTab(self.contactsTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.mainLayout.setStretch(5, 1)
        QWidget.setTabOrder(self.backButton, self.tabs)
        QWidget.setTabOrder(self.tabs, self.signalsTable)
        QWidget.setTabOrder(self.signalsTable, self.matchesTable)
        QWidget.setTabOrder(self.matchesTable, self.lettersTable)
        QWidget.setTabOrder(self.lettersTable, self.contactsTable)

        self.retranslateUi(PersonRecordView)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(PersonRecordView)
    # setupUi

    def retranslateUi(self, PersonRecordView):
        self.backButton.setText(QCoreApplication.translate("PersonRecordView", u"&Back to the list", None))
#if QT_CONFIG(tooltip)
        self.backButton.setToolTip(QCoreApplication.translate("PersonRecordView", u"Back to the list (Esc)", None))
#endif // QT_CONFIG(tooltip)
        self.auditLabel.setText(QCoreApplication.translate("PersonRecordView", u"Opening this record was written to the audit log.", None))
        self.shieldedBanner.setText(QCoreApplication.translate("PersonRecordView", u"Shielded: this young person's address is never shown, put in a letter or exported. Be careful with anything that could reveal where they live.", None))
        self.loadingLabel.setText(QCoreApplication.translate("PersonRecordView", u"Loading\u2026", None))
        self.bsnCaption.setText(QCoreApplication.translate("PersonRecordView", u"BSN:", None))
        self.bornCaption.setText(QCoreApplication.translate("PersonRecordView", u"Date of birth:", None))
        self.genderCaption.setText(QCoreApplication.translate("PersonRecordView", u"Gender:", None))
        self.addressCaption.setText(QCoreApplication.translate("PersonRecordView", u"Address:", None))
        self.deathCaption.setText(QCoreApplication.translate("PersonRecordView", u"Date of death:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.signalsTab), QCoreApplication.translate("PersonRecordView", u"Signals", None))
        self.tabs.setTabText(self.tabs.indexOf(self.matchesTab), QCoreApplication.translate("PersonRecordView", u"Matches", None))
        self.tabs.setTabText(self.tabs.indexOf(self.lettersTab), QCoreApplication.translate("PersonRecordView", u"Letters", None))
        self.tabs.setTabText(self.tabs.indexOf(self.contactsTab), QCoreApplication.translate("PersonRecordView", u"Contacts", None))
        pass
    # retranslateUi

