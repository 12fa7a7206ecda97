#pragma once

#include "storage/dealbook.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace Sepakat {

class BookCommand;

// An open deal book as the user interface sees it: the book, its undo stack, and signals that
// tell pages which part of the book changed (by any page, by undo or by redo).
class BookDocument final : public QObject
{
    Q_OBJECT

public:
    // Worksheet: a deal's needs, offers, plan, concessions or value case (not its own row).
    enum class Part { Customers, Products, Deals, Worksheet, Settings };
    Q_ENUM(Part)

    explicit BookDocument(std::unique_ptr<DealBook> book, QObject *parent = nullptr);
    ~BookDocument() override;

    DealBook &book() { return *m_book; }
    const DealBook &book() const { return *m_book; }
    QUndoStack *undoStack() { return &m_undoStack; }
    bool isReadOnly() const { return m_book->isReadOnly(); }

    // Applies the command's change once; on success it goes onto the undo stack, on failure it
    // is dropped and the error returned, so a dialog can show it and stay open.
    Status execute(BookCommand *command);

    // For commands: the book changed in this part.
    void notifyChanged(Part part);
    // For commands undone or redone from the Edit menu, where nobody waits for a Status.
    void reportError(const QString &message);

signals:
    void changed(Sepakat::BookDocument::Part part);
    void errorOccurred(const QString &message);

private:
    std::unique_ptr<DealBook> m_book;
    QUndoStack m_undoStack;
};

} // namespace Sepakat
