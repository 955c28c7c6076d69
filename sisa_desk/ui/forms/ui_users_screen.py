# generated from forms/users_screen.ui by tools/build_ui.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'users_screen.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_UsersScreen(object):
    def setupUi(self, UsersScreen):
        if not UsersScreen.objectName():
            UsersScreen.setObjectName(u"UsersScreen")
        UsersScreen.resize(800, 560)
        self.mainLayout = QVBoxLayout(UsersScreen)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 20, 24, 16)
        self.titleLabel = QLabel(UsersScreen)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.mainLayout.addWidget(self.titleLabel)

        self.descriptionLabel = QLabel(UsersScreen)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.descriptionLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.descriptionLabel)

        self.toolLayout = QHBoxLayout()
        self.toolLayout.setSpacing(8)
        self.toolLayout.setObjectName(u"toolLayout")
        self.addUserButton = QPushButton(UsersScreen)
        self.addUserButton.setObjectName(u"addUserButton")

        self.toolLayout.addWidget(self.addUserButton)

        self.deactivateButton = QPushButton(UsersScreen)
        self.deactivateButton.setObjectName(u"deactivateButton")

        self.toolLayout.addWidget(self.deactivateButton)

        self.toolSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.toolSpacer)

        self.rotateKeyButton = QPushButton(UsersScreen)
        self.rotateKeyButton.setObjectName(u"rotateKeyButton")

        self.toolLayout.addWidget(self.rotateKeyButton)


        self.mainLayout.addLayout(self.toolLayout)

        self.usersTable = QTableView(UsersScreen)
        self.usersTable.setObjectName(u"usersTable")
        self.usersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.usersTable.setAlternatingRowColors(True)
        self.usersTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.usersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.usersTable.setShowGrid(False)
        self.usersTable.setWordWrap(False)
        self.usersTable.horizontalHeader().setHighlightSections(False)
        self.usersTable.horizontalHeader().setStretchLastSection(True)
        self.usersTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.usersTable)

        self.hintLabel = QLabel(UsersScreen)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)


        self.retranslateUi(UsersScreen)

        QMetaObject.connectSlotsByName(UsersScreen)
    # setupUi

    def retranslateUi(self, UsersScreen):
        self.titleLabel.setText(QCoreApplication.translate("UsersScreen", u"Users", None))
        self.descriptionLabel.setText(QCoreApplication.translate("UsersScreen", u"Who may log in to this database, and with which role. A user's password is known only to that user.", None))
        self.addUserButton.setText(QCoreApplication.translate("UsersScreen", u"Add user\u2026", None))
        self.deactivateButton.setText(QCoreApplication.translate("UsersScreen", u"Deactivate", None))
        self.rotateKeyButton.setText(QCoreApplication.translate("UsersScreen", u"Renew database key\u2026", None))
        self.hintLabel.setText(QCoreApplication.translate("UsersScreen", u"After deactivating a user, renew the database key: old copies of the keyring then no longer open the database.", None))
        pass
    # retranslateUi

