#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QStandardItemModel;
class QTreeView;

namespace Sepakat {

class BookDocument;
class Placeholder;

// Until the pipeline board lands (issue 3): the book's deals grouped by stage, read-only, under a
// note of what the board will do; an empty book shows what the page will hold.
class PipelinePage final : public QWidget
{
    Q_OBJECT

public:
    explicit PipelinePage(QWidget *parent = nullptr);
    void setDocument(BookDocument *document);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void retranslate();

    QPointer<BookDocument> m_document;
    QLabel *m_title;
    QLabel *m_note;
    QStackedWidget *m_stack;
    Placeholder *m_placeholder;
    QStandardItemModel *m_model;
    QTreeView *m_tree;
};

} // namespace Sepakat
