#include "common/icons.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>
#include <QWidget>

namespace Sepakat::Icons {

namespace {

const char *const kIconProperty = "sepakatIcon";

// Draws the SVG in the colour of the icon's mode, at the size asked, when first asked: making an
// icon costs nothing until it is painted, and every size and scale is sharp. The window's first
// paint needs only the few sizes it shows.
class TintedSvgEngine final : public QIconEngine
{
public:
    TintedSvgEngine(QByteArray svg, const QPalette &palette)
        : m_svg(std::move(svg))
        , m_normal(palette.color(QPalette::Active, QPalette::WindowText))
        , m_disabled(palette.color(QPalette::Disabled, QPalette::WindowText))
        , m_selected(palette.color(QPalette::Active, QPalette::HighlightedText))
    {
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        // Painted on every repaint: a number, not a formatted string, finds the pixmap.
        const quint64 key = (quint64(quint32(size.width())) << 32) |
                            (quint64(quint16(size.height())) << 16) | quint64(mode);
        if (const auto cached = m_cache.constFind(key); cached != m_cache.cend())
            return *cached;
        QByteArray svg = m_svg;
        svg.replace("currentColor", colour(mode).name(QColor::HexRgb).toLatin1());
        QSvgRenderer renderer(svg);
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        m_cache.insert(key, pixmap);
        return pixmap;
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal scale = painter->device()->devicePixelRatioF();
        QPixmap drawn = pixmap(rect.size() * scale, mode, state);
        drawn.setDevicePixelRatio(scale);
        painter->drawPixmap(rect, drawn);
    }

    QIconEngine *clone() const override { return new TintedSvgEngine(*this); }
    QString key() const override { return QStringLiteral("SepakatTintedSvg"); }

private:
    QColor colour(QIcon::Mode mode) const
    {
        switch (mode) {
        case QIcon::Disabled:
            return m_disabled;
        case QIcon::Selected:
            return m_selected;
        case QIcon::Normal:
        case QIcon::Active:
            break;
        }
        return m_normal;
    }

    QByteArray m_svg;
    QColor m_normal;
    QColor m_disabled;
    QColor m_selected;
    QHash<quint64, QPixmap> m_cache; // by size and mode
};

} // namespace

QIcon icon(const QString &name, const QPalette &palette)
{
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QIcon(new TintedSvgEngine(file.readAll(), palette));
}

void assign(QAction *action, const QString &name, const QPalette &palette)
{
    action->setProperty(kIconProperty, name);
    action->setIcon(icon(name, palette));
}

void assign(QAbstractButton *button, const QString &name)
{
    button->setProperty(kIconProperty, name);
    button->setIcon(icon(name, button->palette()));
}

void refresh(QWidget *root)
{
    const QPalette palette = root->palette();
    const auto actions = root->findChildren<QAction *>();
    for (QAction *action : actions) {
        const QString name = action->property(kIconProperty).toString();
        if (!name.isEmpty())
            action->setIcon(icon(name, palette));
    }
    const auto buttons = root->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        const QString name = button->property(kIconProperty).toString();
        if (!name.isEmpty())
            button->setIcon(icon(name, button->palette()));
    }
}

} // namespace Sepakat::Icons
