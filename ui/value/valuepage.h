#pragma once

#include "common/fielderrors.h"
#include "domain/deal.h"
#include "domain/need.h"
#include "domain/valuecase.h"
#include "value/valueengine.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class QToolButton;

namespace Sepakat {

class BookDocument;
class KeyFigures;
class SavingsItemsModel;
class ValueChartsPanel;

// The Value page of the worksheet: the customer's time and money savings. Savings items (each
// linked to a need; a need's pain suggests one), the inputs (horizon, discount rate, upfront
// price defaulting to the current offer's total, monthly cost, scenario factors), the key
// figures and the charts, all updating as the user types. Each edit is one undoable save.
class ValuePage final : public QWidget
{
    Q_OBJECT

public:
    explicit ValuePage(QWidget *parent = nullptr);
    ~ValuePage() override;

    void setDocument(BookDocument *document);
    // Shows the deal's value case; false (and nothing changes) when the book has no such deal.
    bool openDeal(const QString &dealId);
    QString dealId() const { return m_dealId; }

    // What the figures and charts show now (typed but unsaved values included): conservative,
    // expected, optimistic; empty when the inputs do not compute.
    const QList<ValueCaseResult> &results() const { return m_results; }
    // Recomputes and redraws from the inputs as they stand (the benchmark's unit of work).
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void connectEdits();
    void reload();
    void showInputs();
    void showSuggestions();
    void retranslate();
    void setEditable(bool editable);

    // The inputs with every field's text as typed; false with errors when one does not read.
    bool typedInputs(ValueCaseInputs *inputs, FieldErrors *errors) const;
    // Recomputes the figures and charts for inputs without saving them.
    void preview(const ValueCaseInputs &inputs);
    void previewTyped();
    void saveTyped(const QString &field, const QString &text);
    bool save(const ValueCaseInputs &after, const QString &text, const QString &mergeKey = {});

    void addItem();
    void addSuggested(const QList<Need> &needs);
    void removeItem();
    Money defaultHourlyRate() const;

    QPointer<BookDocument> m_document;
    QString m_dealId;
    std::optional<Deal> m_deal;
    std::optional<ValueCaseInputs> m_saved; // as in the book; none until the first edit
    ValueCaseInputs m_inputs;               // m_saved, or a new case's defaults
    std::optional<Money> m_offerTotal;
    QList<Need> m_needs;
    QList<ValueCaseResult> m_results;

    QLabel *m_hint;
    KeyFigures *m_figures;
    QSpinBox *m_horizon;
    QLineEdit *m_discountRate;
    QLineEdit *m_upfront;
    QLabel *m_upfrontNote;
    QLineEdit *m_monthlyCost;
    QSpinBox *m_conservative;
    QSpinBox *m_expected;
    QSpinBox *m_optimistic;
    QWidget *m_scenarios;
    QList<QLabel *> m_scenarioNames;
    SavingsItemsModel *m_model;
    QTableView *m_table;
    QToolButton *m_add;
    QToolButton *m_addFromNeed;
    QToolButton *m_remove;
    QLabel *m_suggestions;
    QToolButton *m_addSuggested;
    ValueChartsPanel *m_charts;
    QLabel *m_generalError;
    InlineErrors m_errors;
};

} // namespace Sepakat
