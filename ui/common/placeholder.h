#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;

namespace Sepakat {

// What a page will hold, until the issue that builds it lands: an icon, a title, a sentence and
// the list of what is coming. A page is never blank.
class Placeholder final : public QWidget
{
    Q_OBJECT

public:
    explicit Placeholder(const QString &iconName, QWidget *parent = nullptr);
    void setTexts(const QString &title, const QString &summary, const QStringList &coming);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();

    QString m_iconName;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_coming;
};

} // namespace Sepakat
