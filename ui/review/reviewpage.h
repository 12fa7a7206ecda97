#pragma once

#include <QWidget>

namespace Sepakat {

class Placeholder;

// The manager's review of deal worksheets; a later issue builds it. Until then it says what it
// will hold.
class ReviewPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPage(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Placeholder *m_placeholder;
};

} // namespace Sepakat
