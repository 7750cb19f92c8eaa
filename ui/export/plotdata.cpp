#include "ui/export/plotdata.h"

#include "ui/common/numberformat.h"
#include "ui/common/qcustomplot_include.h"

#include <vector>

namespace actlab {

namespace {

/// The shortest text that reads back as exactly `v`: "0.1", not "0.10000000000000001".
QByteArray number(double v)
{
    return roundTripText(v).toLatin1();
}

/// CSV quoting for names such as "GELU (tanh approx.)".
QByteArray field(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"')) return utf8;
    utf8.replace("\"", "\"\"");
    return '"' + utf8 + '"';
}

bool sameKeys(const QCPGraph& a, const QCPGraph& b)
{
    if (a.data()->size() != b.data()->size()) return false;
    auto j = b.data()->constBegin();
    for (auto i = a.data()->constBegin(); i != a.data()->constEnd(); ++i, ++j) {
        if (i->key != j->key) return false;
    }
    return true;
}

}  // namespace

QByteArray plottedDataCsv(QWidget& figure)
{
    std::vector<QCPGraph*> graphs;
    QList<QCustomPlot*> plots = figure.findChildren<QCustomPlot*>();
    if (auto* self = qobject_cast<QCustomPlot*>(&figure)) plots.prepend(self);
    for (QCustomPlot* plot : plots) {
        for (int i = 0; i < plot->graphCount(); ++i) {
            QCPGraph* graph = plot->graph(i);
            if (graph->visible() && !graph->name().isEmpty() && !graph->data()->isEmpty()) graphs.push_back(graph);
        }
    }
    bool pairs = !graphs.empty() && graphs.size() % 2 == 0;
    for (std::size_t i = 0; pairs && i < graphs.size(); i += 2) pairs = sameKeys(*graphs[i], *graphs[i + 1]);

    QByteArray csv;
    if (pairs) {
        csv += "function,x,f,df\n";
        for (std::size_t i = 0; i < graphs.size(); i += 2) {
            const QByteArray name = field(graphs[i]->name());
            auto d = graphs[i + 1]->data()->constBegin();
            for (auto f = graphs[i]->data()->constBegin(); f != graphs[i]->data()->constEnd(); ++f, ++d)
                csv += name + ',' + number(f->key) + ',' + number(f->value) + ',' + number(d->value) + '\n';
        }
        return csv;
    }
    csv += "series,x,y\n";
    for (QCPGraph* graph : graphs) {
        const QByteArray name = field(graph->name());
        for (auto p = graph->data()->constBegin(); p != graph->data()->constEnd(); ++p)
            csv += name + ',' + number(p->key) + ',' + number(p->value) + '\n';
    }
    return csv;
}

}  // namespace actlab
