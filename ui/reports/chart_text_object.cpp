#include "chart_text_object.h"

#include <QChart>
#include <QPainter>
#include <QTextDocument>

namespace pd::ui {

ChartTextObject::ChartTextObject(QObject *parent)
    : QObject(parent)
{ }

ChartTextObject::~ChartTextObject() = default;

int ChartTextObject::add(QChart *chart)
{
    auto scene = std::make_unique<QGraphicsScene>();
    scene->addItem(chart);
    m_scenes.push_back(std::move(scene));
    m_charts.push_back(chart);
    return int(m_charts.size()) - 1;
}

QSizeF ChartTextObject::intrinsicSize(QTextDocument *document, int, const QTextFormat &format)
{
    // The full text width: the page size is set by the printer before the layout runs.
    const double width = document->pageSize().width() - 2 * document->documentMargin() - 2;
    return QSizeF(width, width * format.doubleProperty(Aspect));
}

void ChartTextObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format)
{
    const int index = format.intProperty(ChartIndex);
    if (index < 0 || index >= count())
        return;
    // A chart is never split: drawn only on the page that holds it whole. (A page's layout may ask
    // for an object of the next; a chart's series set clips of their own, which would escape ours.)
    if (painter->hasClipping() && !painter->clipBoundingRect().contains(rect.adjusted(1, 1, -1, -1)))
        return;
    QChart *chart = m_charts.at(std::size_t(index));
    // Laid out at the size it is drawn: the units are the document's, the painter scales to the device.
    chart->resize(rect.size());
    chart->setPos(0, 0);
    QGraphicsScene *scene = m_scenes.at(std::size_t(index)).get();
    scene->setSceneRect(QRectF(QPointF(0, 0), rect.size()));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    scene->render(painter, rect, scene->sceneRect());
    painter->restore();
}

} // namespace pd::ui
