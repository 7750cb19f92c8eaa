#include "ui/viewregistry.h"

#include "ui/common/view.h"
#include "ui/curves/curvesview.h"
#include "ui/depth/depthview.h"
#include "ui/lens/lensview.h"
#include "ui/maxout/maxoutview.h"
#include "ui/softmax/softmaxview.h"

#include <functional>
#include <utility>

namespace actlab {

namespace {

using Factory = std::function<std::unique_ptr<View>()>;

/// id → factory, in tab order.
const std::vector<std::pair<QString, Factory>>& factories()
{
    static const std::vector<std::pair<QString, Factory>> list{
        {QStringLiteral("curves"), [] { return std::make_unique<CurvesView>(); }},
        {QStringLiteral("maxout"), [] { return std::make_unique<MaxoutView>(); }},
        {QStringLiteral("softmax"), [] { return std::make_unique<SoftmaxView>(); }},
        {QStringLiteral("depth"), [] { return std::make_unique<DepthView>(); }},
        {QStringLiteral("lens"), [] { return std::make_unique<LensView>(); }},
    };
    return list;
}

}  // namespace

std::vector<std::unique_ptr<View>> createViews()
{
    std::vector<std::unique_ptr<View>> views;
    for (const auto& [id, make] : factories()) views.push_back(make());
    return views;
}

std::unique_ptr<View> createView(const QString& viewId)
{
    for (const auto& [id, make] : factories()) {
        if (id == viewId) return make();
    }
    return nullptr;
}

QStringList viewIds()
{
    QStringList ids;
    for (const auto& [id, make] : factories()) ids << id;
    return ids;
}

}  // namespace actlab
