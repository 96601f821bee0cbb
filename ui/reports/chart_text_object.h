#pragma once

#include <QGraphicsScene>
#include <QObject>
#include <QTextObjectInterface>

#include <memory>
#include <vector>

class QChart;

namespace pd::ui {

// Charts inside a QTextDocument: each is an object character whose size follows the text width,
// drawn by rendering the chart's scene onto the painter, so a PDF gets vectors and real text.
class ChartTextObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int kType = QTextFormat::UserObject + 1;
    enum Property { ChartIndex = QTextFormat::UserProperty + 1, Aspect };

    explicit ChartTextObject(QObject *parent = nullptr);
    ~ChartTextObject() override;

    // Takes the chart over; returns its index for the format.
    int add(QChart *chart);
    int count() const { return int(m_scenes.size()); }

    QSizeF intrinsicSize(QTextDocument *document, int positionInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int positionInDocument, const QTextFormat &format) override;

private:
    std::vector<std::unique_ptr<QGraphicsScene>> m_scenes;
    std::vector<QChart *> m_charts; // owned by their scenes
};

} // namespace pd::ui
