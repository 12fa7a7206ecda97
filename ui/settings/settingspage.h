#pragma once

#include "common/fielderrors.h"

#include <QByteArray>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace Sepakat {

class BookDocument;
class RateTableModel;
class StageTableModel;

// The user's own profile (kept per user on this computer) and the deal book's settings (shared
// by everyone who opens the book, saved in one transaction, disabled for a read-only book).
class SettingsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(QWidget *parent = nullptr);
    void setDocument(BookDocument *document);

    void saveProfile();
    // Validates everything first; saves all of it in one transaction or nothing.
    bool saveBookSettings();
    void revertBookSettings();

signals:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildProfileGroup();
    QWidget *buildBookGroup();
    QWidget *buildPolicyGroup();
    void loadProfile();
    void retranslate();
    void updateLogoPreview();
    void chooseLogo();
    void updateEnabled();

    QPointer<BookDocument> m_document;
    QByteArray m_logo;

    QGroupBox *m_profileGroup;
    QLabel *m_profileHint;
    QLineEdit *m_userName;
    QComboBox *m_role;
    QPushButton *m_saveProfile;
    QLabel *m_profileError;
    InlineErrors m_profileErrors;

    QGroupBox *m_bookGroup;
    QLabel *m_readOnlyNote;
    QLineEdit *m_companyName;
    QPlainTextEdit *m_companyAddress;
    QLineEdit *m_taxNumber;
    QLabel *m_logoPreview;
    QPushButton *m_chooseLogo;
    QPushButton *m_removeLogo;
    QComboBox *m_currency;
    QLineEdit *m_defaultTax;
    StageTableModel *m_stages;
    QTableView *m_stageTable;
    RateTableModel *m_rates;
    QTableView *m_rateTable;
    QPushButton *m_addRate;
    QPushButton *m_removeRate;
    QLabel *m_rateHint;
    QGroupBox *m_policyGroup;
    QLabel *m_policyHint;
    QLineEdit *m_maxDiscount;
    QLineEdit *m_minMargin;
    QSpinBox *m_maxPaymentDays;
    QPushButton *m_saveBook;
    QPushButton *m_revertBook;
    QLabel *m_bookError;
    InlineErrors m_bookErrors;
};

} // namespace Sepakat
