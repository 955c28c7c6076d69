# generated from forms/match_detail.ui by tools/build_ui.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'match_detail.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QFrame, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QStackedWidget,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_MatchDetailView(object):
    def setupUi(self, MatchDetailView):
        if not MatchDetailView.objectName():
            MatchDetailView.setObjectName(u"MatchDetailView")
        MatchDetailView.resize(920, 380)
        self.mainLayout = QVBoxLayout(MatchDetailView)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.pageStack = QStackedWidget(MatchDetailView)
        self.pageStack.setObjectName(u"pageStack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.choiceLabel = QLabel(self.emptyPage)
        self.choiceLabel.setObjectName(u"choiceLabel")
        self.choiceLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.choiceLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choiceLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.choiceLabel)

        self.pageStack.addWidget(self.emptyPage)
        self.detailPage = QWidget()
        self.detailPage.setObjectName(u"detailPage")
        self.detailLayout = QVBoxLayout(self.detailPage)
        self.detailLayout.setSpacing(8)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(10)
        self.headerLayout.setObjectName(u"headerLayout")
        self.headingLabel = QLabel(self.detailPage)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.headingLabel.setText(u"Match")

        self.headerLayout.addWidget(self.headingLabel)

        self.stateLabel = QLabel(self.detailPage)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.stateLabel.setText(u"")

        self.headerLayout.addWidget(self.stateLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.coordinatorButton = QPushButton(self.detailPage)
        self.coordinatorButton.setObjectName(u"coordinatorButton")

        self.headerLayout.addWidget(self.coordinatorButton)

        self.letterButton = QPushButton(self.detailPage)
        self.letterButton.setObjectName(u"letterButton")
        self.letterButton.setEnabled(False)

        self.headerLayout.addWidget(self.letterButton)


        self.detailLayout.addLayout(self.headerLayout)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setSpacing(14)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.leftScroll = QScrollArea(self.detailPage)
        self.leftScroll.setObjectName(u"leftScroll")
        self.leftScroll.setMinimumSize(QSize(320, 0))
        self.leftScroll.setMaximumSize(QSize(345, 16777215))
        self.leftScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.leftScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.leftScroll.setWidgetResizable(True)
        self.leftContents = QWidget()
        self.leftContents.setObjectName(u"leftContents")
        self.leftLayout = QVBoxLayout(self.leftContents)
        self.leftLayout.setSpacing(8)
        self.leftLayout.setObjectName(u"leftLayout")
        self.leftLayout.setContentsMargins(0, 0, 6, 0)
        self.personGroup = QGroupBox(self.leftContents)
        self.personGroup.setObjectName(u"personGroup")
        self.personGroup.setMinimumSize(QSize(0, 0))
        self.personGroup.setMaximumSize(QSize(16777215, 16777215))
        self.personLayout = QFormLayout(self.personGroup)
        self.personLayout.setObjectName(u"personLayout")
        self.personLayout.setHorizontalSpacing(12)
        self.personLayout.setVerticalSpacing(4)
        self.nameCaption = QLabel(self.personGroup)
        self.nameCaption.setObjectName(u"nameCaption")
        self.nameCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.personLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameCaption)

        self.nameValue = QLabel(self.personGroup)
        self.nameValue.setObjectName(u"nameValue")
        self.nameValue.setTextFormat(Qt.TextFormat.PlainText)
        self.nameValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.personLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameValue)

        self.birthCaption = QLabel(self.personGroup)
        self.birthCaption.setObjectName(u"birthCaption")
        self.birthCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.personLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.birthCaption)

        self.birthValue = QLabel(self.personGroup)
        self.birthValue.setObjectName(u"birthValue")
        self.birthValue.setTextFormat(Qt.TextFormat.PlainText)

        self.personLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.birthValue)

        self.bsnCaption = QLabel(self.personGroup)
        self.bsnCaption.setObjectName(u"bsnCaption")
        self.bsnCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.personLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.bsnCaption)

        self.bsnValue = QLabel(self.personGroup)
        self.bsnValue.setObjectName(u"bsnValue")
        self.bsnValue.setTextFormat(Qt.TextFormat.PlainText)
        self.bsnValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.personLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.bsnValue)

        self.addressCaption = QLabel(self.personGroup)
        self.addressCaption.setObjectName(u"addressCaption")
        self.addressCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.personLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.addressCaption)

        self.addressValue = QLabel(self.personGroup)
        self.addressValue.setObjectName(u"addressValue")
        self.addressValue.setTextFormat(Qt.TextFormat.PlainText)
        self.addressValue.setWordWrap(True)

        self.personLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.addressValue)

        self.shieldedLabel = QLabel(self.personGroup)
        self.shieldedLabel.setObjectName(u"shieldedLabel")
        self.shieldedLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.shieldedLabel.setWordWrap(True)

        self.personLayout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.shieldedLabel)


        self.leftLayout.addWidget(self.personGroup)

        self.stepsGroup = QGroupBox(self.leftContents)
        self.stepsGroup.setObjectName(u"stepsGroup")
        self.stepsGroup.setMinimumSize(QSize(0, 0))
        self.stepsGroup.setMaximumSize(QSize(16777215, 16777215))
        self.stepsLayout = QFormLayout(self.stepsGroup)
        self.stepsLayout.setObjectName(u"stepsLayout")
        self.stepsLayout.setHorizontalSpacing(12)
        self.stepsLayout.setVerticalSpacing(4)
        self.openedCaption = QLabel(self.stepsGroup)
        self.openedCaption.setObjectName(u"openedCaption")
        self.openedCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.stepsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.openedCaption)

        self.openedValue = QLabel(self.stepsGroup)
        self.openedValue.setObjectName(u"openedValue")
        self.openedValue.setTextFormat(Qt.TextFormat.PlainText)
        self.openedValue.setWordWrap(True)

        self.stepsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.openedValue)

        self.toldCaption = QLabel(self.stepsGroup)
        self.toldCaption.setObjectName(u"toldCaption")
        self.toldCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.stepsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.toldCaption)

        self.toldValue = QLabel(self.stepsGroup)
        self.toldValue.setObjectName(u"toldValue")
        self.toldValue.setTextFormat(Qt.TextFormat.PlainText)

        self.stepsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.toldValue)

        self.letterCaption = QLabel(self.stepsGroup)
        self.letterCaption.setObjectName(u"letterCaption")
        self.letterCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.stepsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.letterCaption)

        self.letterValue = QLabel(self.stepsGroup)
        self.letterValue.setObjectName(u"letterValue")
        self.letterValue.setTextFormat(Qt.TextFormat.PlainText)
        self.letterValue.setWordWrap(True)

        self.stepsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.letterValue)

        self.coordinatorCaption = QLabel(self.stepsGroup)
        self.coordinatorCaption.setObjectName(u"coordinatorCaption")
        self.coordinatorCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.stepsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.coordinatorCaption)

        self.coordinatorValue = QLabel(self.stepsGroup)
        self.coordinatorValue.setObjectName(u"coordinatorValue")
        self.coordinatorValue.setTextFormat(Qt.TextFormat.PlainText)
        self.coordinatorValue.setWordWrap(True)

        self.stepsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.coordinatorValue)


        self.leftLayout.addWidget(self.stepsGroup)

        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftLayout.addItem(self.leftSpacer)

        self.leftScroll.setWidget(self.leftContents)

        self.bodyLayout.addWidget(self.leftScroll)

        self.tabs = QTabWidget(self.detailPage)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)
        self.membersTab = QWidget()
        self.membersTab.setObjectName(u"membersTab")
        self.membersLayout = QVBoxLayout(self.membersTab)
        self.membersLayout.setSpacing(6)
        self.membersLayout.setObjectName(u"membersLayout")
        self.membersLayout.setContentsMargins(0, 6, 0, 0)
        self.memberButtonsLayout = QHBoxLayout()
        self.memberButtonsLayout.setSpacing(8)
        self.memberButtonsLayout.setObjectName(u"memberButtonsLayout")
        self.callButton = QPushButton(self.membersTab)
        self.callButton.setObjectName(u"callButton")

        self.memberButtonsLayout.addWidget(self.callButton)

        self.emailButton = QPushButton(self.membersTab)
        self.emailButton.setObjectName(u"emailButton")

        self.memberButtonsLayout.addWidget(self.emailButton)

        self.informedButton = QPushButton(self.membersTab)
        self.informedButton.setObjectName(u"informedButton")

        self.memberButtonsLayout.addWidget(self.informedButton)

        self.memberButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.memberButtonsLayout.addItem(self.memberButtonsSpacer)


        self.membersLayout.addLayout(self.memberButtonsLayout)

        self.membersTable = QTableView(self.membersTab)
        self.membersTable.setObjectName(u"membersTable")
        self.membersTable.setMinimumSize(QSize(0, 80))
        self.membersTable.setAlternatingRowColors(True)
        self.membersTable.setShowGrid(False)
        self.membersTable.setWordWrap(False)
        self.membersTable.horizontalHeader().setHighlightSections(False)

        self.membersLayout.addWidget(self.membersTable)

        self.tabs.addTab(self.membersTab, "")
        self.contactsTab = QWidget()
        self.contactsTab.setObjectName(u"contactsTab")
        self.contactsLayout = QVBoxLayout(self.contactsTab)
        self.contactsLayout.setObjectName(u"contactsLayout")
        self.contactsLayout.setContentsMargins(0, 6, 0, 0)
        self.contactsTable = QTableView(self.contactsTab)
        self.contactsTable.setObjectName(u"contactsTable")
        self.contactsTable.setMinimumSize(QSize(0, 80))
        self.contactsTable.setAlternatingRowColors(True)
        self.contactsTable.setShowGrid(False)
        self.contactsTable.setWordWrap(False)
        self.contactsTable.horizontalHeader().setHighlightSections(False)

        self.contactsLayout.addWidget(self.contactsTable)

        self.tabs.addTab(self.contactsTab, "")
        self.tabs.setTabText(self.tabs.indexOf(self.contactsTab), u"Contact history")

        self.bodyLayout.addWidget(self.tabs)


        self.detailLayout.addLayout(self.bodyLayout)

        self.pageStack.addWidget(self.detailPage)

        self.mainLayout.addWidget(self.pageStack)

        QWidget.setTabOrder(self.tabs, self.callButton)
        QWidget.setTabOrder(self.callButton, self.emailButton)
        QWidget.setTabOrder(self.emailButton, self.informedButton)
        QWidget.setTabOrder(self.informedButton, self.membersTable)
        QWidget.setTabOrder(self.membersTable, self.contactsTable)
        QWidget.setTabOrder(self.contactsTable, self.coordinatorButton)

        self.retranslateUi(MatchDetailView)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(MatchDetailView)
    # setupUi

    def retranslateUi(self, MatchDetailView):
        self.choiceLabel.setText(QCoreApplication.translate("MatchDetailView", u"Open a match from the list (double-click or Enter) to see the young person, the professionals involved and the steps.", None))
        self.coordinatorButton.setText(QCoreApplication.translate("MatchDetailView", u"Confirm &coordinator\u2026", None))
#if QT_CONFIG(tooltip)
        self.letterButton.setToolTip(QCoreApplication.translate("MatchDetailView", u"Letters come with the letters module.", None))
#endif // QT_CONFIG(tooltip)
        self.letterButton.setText(QCoreApplication.translate("MatchDetailView", u"Make letter (coming)", None))
        self.personGroup.setTitle(QCoreApplication.translate("MatchDetailView", u"Young person", None))
        self.nameCaption.setText(QCoreApplication.translate("MatchDetailView", u"Name", None))
        self.birthCaption.setText(QCoreApplication.translate("MatchDetailView", u"Date of birth", None))
        self.bsnCaption.setText(QCoreApplication.translate("MatchDetailView", u"BSN", None))
        self.addressCaption.setText(QCoreApplication.translate("MatchDetailView", u"Address", None))
        self.shieldedLabel.setText(QCoreApplication.translate("MatchDetailView", u"Shielded: the address is never shown, put in a letter or exported.", None))
        self.stepsGroup.setTitle(QCoreApplication.translate("MatchDetailView", u"Steps", None))
        self.openedCaption.setText(QCoreApplication.translate("MatchDetailView", u"Opened", None))
        self.toldCaption.setText(QCoreApplication.translate("MatchDetailView", u"Informed", None))
        self.letterCaption.setText(QCoreApplication.translate("MatchDetailView", u"Letter", None))
        self.coordinatorCaption.setText(QCoreApplication.translate("MatchDetailView", u"Coordinator", None))
#if QT_CONFIG(tooltip)
        self.callButton.setToolTip(QCoreApplication.translate("MatchDetailView", u"Call the selected professional with the softphone, then log how it went", None))
#endif // QT_CONFIG(tooltip)
        self.callButton.setText(QCoreApplication.translate("MatchDetailView", u"C&all", None))
#if QT_CONFIG(tooltip)
        self.emailButton.setToolTip(QCoreApplication.translate("MatchDetailView", u"Write an e-mail to the selected professional naming the others involved, then log it", None))
#endif // QT_CONFIG(tooltip)
        self.emailButton.setText(QCoreApplication.translate("MatchDetailView", u"&E-mail", None))
#if QT_CONFIG(tooltip)
        self.informedButton.setToolTip(QCoreApplication.translate("MatchDetailView", u"Record that the selected professional has been told of the match", None))
#endif // QT_CONFIG(tooltip)
        self.informedButton.setText(QCoreApplication.translate("MatchDetailView", u"Mark as &informed", None))
        self.tabs.setTabText(self.tabs.indexOf(self.membersTab), QCoreApplication.translate("MatchDetailView", u"Organisations and professionals", None))
        pass
    # retranslateUi

