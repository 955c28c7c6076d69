# generated from forms/call_outcome_dialog.ui by tools/build_ui.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'call_outcome_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_CallOutcomeDialog(object):
    def setupUi(self, CallOutcomeDialog):
        if not CallOutcomeDialog.objectName():
            CallOutcomeDialog.setObjectName(u"CallOutcomeDialog")
        CallOutcomeDialog.resize(440, 330)
        self.mainLayout = QVBoxLayout(CallOutcomeDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 18, 20, 16)
        self.questionLabel = QLabel(CallOutcomeDialog)
        self.questionLabel.setObjectName(u"questionLabel")
        self.questionLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.questionLabel.setText(u"")
        self.questionLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.questionLabel)

        self.outcomeGroup = QGroupBox(CallOutcomeDialog)
        self.outcomeGroup.setObjectName(u"outcomeGroup")
        self.outcomeLayout = QVBoxLayout(self.outcomeGroup)
        self.outcomeLayout.setSpacing(4)
        self.outcomeLayout.setObjectName(u"outcomeLayout")
        self.reachedRadio = QRadioButton(self.outcomeGroup)
        self.reachedRadio.setObjectName(u"reachedRadio")

        self.outcomeLayout.addWidget(self.reachedRadio)

        self.noAnswerRadio = QRadioButton(self.outcomeGroup)
        self.noAnswerRadio.setObjectName(u"noAnswerRadio")

        self.outcomeLayout.addWidget(self.noAnswerRadio)

        self.voicemailRadio = QRadioButton(self.outcomeGroup)
        self.voicemailRadio.setObjectName(u"voicemailRadio")

        self.outcomeLayout.addWidget(self.voicemailRadio)

        self.wrongNumberRadio = QRadioButton(self.outcomeGroup)
        self.wrongNumberRadio.setObjectName(u"wrongNumberRadio")

        self.outcomeLayout.addWidget(self.wrongNumberRadio)


        self.mainLayout.addWidget(self.outcomeGroup)

        self.noteLabel = QLabel(CallOutcomeDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.mainLayout.addWidget(self.noteLabel)

        self.noteEdit = QLineEdit(CallOutcomeDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaxLength(200)
        self.noteEdit.setClearButtonEnabled(True)

        self.mainLayout.addWidget(self.noteEdit)

        self.noteProblem = QLabel(CallOutcomeDialog)
        self.noteProblem.setObjectName(u"noteProblem")
        self.noteProblem.setTextFormat(Qt.TextFormat.PlainText)
        self.noteProblem.setText(u"")
        self.noteProblem.setWordWrap(True)

        self.mainLayout.addWidget(self.noteProblem)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(CallOutcomeDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(CallOutcomeDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reachedRadio, self.noAnswerRadio)
        QWidget.setTabOrder(self.noAnswerRadio, self.voicemailRadio)
        QWidget.setTabOrder(self.voicemailRadio, self.wrongNumberRadio)
        QWidget.setTabOrder(self.wrongNumberRadio, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(CallOutcomeDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(CallOutcomeDialog)
    # setupUi

    def retranslateUi(self, CallOutcomeDialog):
        CallOutcomeDialog.setWindowTitle(QCoreApplication.translate("CallOutcomeDialog", u"Log the call", None))
        self.outcomeGroup.setTitle(QCoreApplication.translate("CallOutcomeDialog", u"Outcome", None))
        self.reachedRadio.setText(QCoreApplication.translate("CallOutcomeDialog", u"&Reached", None))
        self.noAnswerRadio.setText(QCoreApplication.translate("CallOutcomeDialog", u"&No answer", None))
        self.voicemailRadio.setText(QCoreApplication.translate("CallOutcomeDialog", u"&Voicemail", None))
        self.wrongNumberRadio.setText(QCoreApplication.translate("CallOutcomeDialog", u"&Wrong number", None))
        self.noteLabel.setText(QCoreApplication.translate("CallOutcomeDialog", u"N&ote \u2014 process note only, no case content", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("CallOutcomeDialog", u"e.g. \"call-back requested\", \"try again Tuesday\"", None))
        self.saveButton.setText(QCoreApplication.translate("CallOutcomeDialog", u"&Log", None))
        self.cancelButton.setText(QCoreApplication.translate("CallOutcomeDialog", u"Cancel", None))
    # retranslateUi

