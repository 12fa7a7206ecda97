#include "common/icons.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>
#include <QWidget>

namespace Sepakat::Icons {

namespace {

const char *const kIconProperty = "sepakatIcon";

QPixmap render(const QByteArray &svgTemplate, const QColor &colour, int size)
{
    QByteArray svg = svgTemplate;
    svg.replace("currentColor", colour.name(QColor::HexRgb).toLatin1());
    QSvgRenderer renderer(svg);
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    return pixmap;
}

} // namespace

QIcon icon(const QString &name, const QPalette &palette)
{
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray svg = file.readAll();
    QIcon result;
    // Sizes for menus, tool bars and the navigation list, at 1x and 2x.
    for (const int size : {16, 20, 24, 32, 40, 48}) {
        result.addPixmap(render(svg, palette.color(QPalette::Active, QPalette::WindowText), size),
                         QIcon::Normal);
        result.addPixmap(render(svg, palette.color(QPalette::Disabled, QPalette::WindowText), size),
                         QIcon::Disabled);
        result.addPixmap(render(svg, palette.color(QPalette::Active, QPalette::HighlightedText),
                                size),
                         QIcon::Selected);
    }
    return result;
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
