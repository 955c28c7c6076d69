# generated from forms/coordinator_dialog.ui by tools/build_ui.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'coordinator_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_CoordinatorDialog(object):
    def setupUi(self, CoordinatorDialog):
        if not CoordinatorDialog.objectName():
            CoordinatorDialog.setObjectName(u"CoordinatorDialog")
        CoordinatorDialog.resize(440, 200)
        self.mainLayout = QVBoxLayout(CoordinatorDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 18, 20, 16)
        self.questionLabel = QLabel(CoordinatorDialog)
        self.questionLabel.setObjectName(u"questionLabel")
        self.questionLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.questionLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.questionLabel)

        self.organisationCombo = QComboBox(CoordinatorDialog)
        self.organisationCombo.setObjectName(u"organisationCombo")

        self.mainLayout.addWidget(self.organisationCombo)

        self.hintLabel = QLabel(CoordinatorDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.confirmButton = QPushButton(CoordinatorDialog)
        self.confirmButton.setObjectName(u"confirmButton")

        self.buttonLayout.addWidget(self.confirmButton)

        self.cancelButton = QPushButton(CoordinatorDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonLayout)


        self.retranslateUi(CoordinatorDialog)

        self.confirmButton.setDefault(True)


        QMetaObject.connectSlotsByName(CoordinatorDialog)
    # setupUi

    def retranslateUi(self, CoordinatorDialog):
        CoordinatorDialog.setWindowTitle(QCoreApplication.translate("CoordinatorDialog", u"Confirm the coordinator", None))
        self.questionLabel.setText(QCoreApplication.translate("CoordinatorDialog", u"Which organisation takes the lead (regie) in this match? The organisation the rules propose is chosen.", None))
        self.hintLabel.setText(QCoreApplication.translate("CoordinatorDialog", u"Only the organisations in the match that may coordinate are listed.", None))
        self.confirmButton.setText(QCoreApplication.translate("CoordinatorDialog", u"C&onfirm", None))
        self.cancelButton.setText(QCoreApplication.translate("CoordinatorDialog", u"Cancel", None))
    # retranslateUi

