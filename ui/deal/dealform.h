#pragma once

#include "common/fielderrors.h"
#include "domain/deal.h"
#include "storage/booksettings.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace Sepakat {

class BookDocument;
class CustomerPicker;

// One deal's own fields, each edit saved at once as one undoable command. It sits in the
// worksheet's Qualification page; the worksheet's header and Back belong to DealPage.
class DealForm final : public QWidget
{
    Q_OBJECT

public:
    explicit DealForm(QWidget *parent = nullptr);
    ~DealForm() override;

    void setDocument(BookDocument *document);
    // Shows the deal; false (and nothing changes) when the book has no such deal.
    bool openDeal(const QString &dealId);
    QString dealId() const { return m_dealId; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void showDeal();
    void retranslate();
    void setEditable(bool editable);

    // Saves after in place of the deal shown, when it differs and passes the checks.
    void save(const Deal &after);
    void saveValue(const QString &currency);
    void saveProbability();
    void moveToStage(Stage to);
    void showError(const QString &field, const QString &message);

    QPointer<BookDocument> m_document;
    QString m_dealId;
    std::optional<Deal> m_deal;
    BookSettings m_settings;

    QLabel *m_hint;
    QWidget *m_form;
    CustomerPicker *m_customer;
    QLineEdit *m_title;
    QComboBox *m_stage;
    QCheckBox *m_followStage;
    QLineEdit *m_probability;
    QLineEdit *m_value;
    QComboBox *m_currency;
    QDateEdit *m_expectedClose;
    QLineEdit *m_owner;
    QLineEdit *m_lostReason;
    QComboBox *m_proposalLanguage;
    QLabel *m_generalError;
    InlineErrors m_errors;
};

} // namespace Sepakat
