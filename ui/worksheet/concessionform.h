#pragma once

#include "common/fielderrors.h"
#include "domain/concession.h"
#include "util/result.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Sepakat {

// The "Log concession" form under the log: round, party, change, price change and the
// tradeable it uses, if any. It reads and shows messages; the page saves.
class ConcessionForm final : public QWidget
{
    Q_OBJECT

public:
    explicit ConcessionForm(QWidget *parent = nullptr);

    // Clears the fields for a new entry in round (the latest offer version).
    void reset(int round);
    // After an entry was logged: round and party stay for the next one of the same round.
    void clearEntry();
    // Tradeables that can be linked: id and what each gives.
    void setTradeables(const QList<Tradeable> &tradeables);
    void setEditable(bool editable);
    // The entry as typed; an amount that cannot be read is refused with its field named.
    Result<Concession> read(const QString &currency) const;
    // False (with the messages shown under their fields) when there were any.
    bool showErrors(const FieldErrors &errors) { return m_errors.show(errors); }
    void focusChange();
    void retranslate();

signals:
    void logRequested();

private:
    QSpinBox *m_round;
    QComboBox *m_party;
    QLineEdit *m_change;
    QLineEdit *m_priceDelta;
    QComboBox *m_tradeable;
    QPushButton *m_log;
    QLabel *m_priceHint;
    QLabel *m_general;
    InlineErrors m_errors;
};

} // namespace Sepakat
