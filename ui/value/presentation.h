#pragma once

#include "value/customerview.h"
#include "value/valueengine.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace Sepakat {

class KeyFigures;
class ValueChartsPanel;
class WhatIfPanel;

// The deal as the customer sees it, full screen: their most pressing needs, the benefits, the
// savings (key figures, charts and what-if sliders) and the offer. Built from a CustomerView
// only, so no internal number (walk-away, target, BATNA, costs, margins, concessions, internal
// notes) can reach it. Left/Right (also Page Up/Down, Space) page through; Esc leaves.
class PresentationWindow final : public QWidget
{
    Q_OBJECT

public:
    explicit PresentationWindow(const CustomerView &view, QWidget *parent = nullptr);

    // Keys of the pages, in order: "needs", "benefits", "savings", "offer".
    static QStringList pageKeys();
    bool showPage(const QString &key);
    int currentPage() const;
    // Whether "Keep these figures" is offered (a read-only book cannot keep them).
    void setKeepAllowed(bool allowed);
    // After the owner saved kept figures: they are now the case's own.
    void setSavedValueCase(const ValueCaseInputs &inputs);

    // What the savings page shows now (what-if values included): conservative, expected,
    // optimistic; empty without a value case.
    const QList<ValueCaseResult> &results() const { return m_results; }

signals:
    // The salesperson chose to keep the what-if figures: save them (undoably).
    void keepRequested(const Sepakat::ValueCaseInputs &inputs);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *needsPage();
    QWidget *benefitsPage();
    QWidget *savingsPage();
    QWidget *offerPage();
    QWidget *page(const QString &objectName, QLabel **title);
    void fillNeeds();
    void fillBenefits();
    void fillOffer();
    void showFigures(const ValueCaseInputs &inputs);
    void step(int by);
    void retranslate();

    CustomerView m_view;
    QList<ValueCaseResult> m_results;
    QStackedWidget *m_pages;
    QLabel *m_heading;
    QLabel *m_needsTitle;
    QLabel *m_needs;
    QLabel *m_benefitsTitle;
    QLabel *m_benefits;
    QLabel *m_savingsTitle;
    QLabel *m_noValueCase;
    KeyFigures *m_figures;
    ValueChartsPanel *m_charts;
    WhatIfPanel *m_whatIf;
    QLabel *m_offerTitle;
    QLabel *m_offer;
    QLabel *m_pageNumber;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_leave;
};

} // namespace Sepakat
