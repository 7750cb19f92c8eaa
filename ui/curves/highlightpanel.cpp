#include "ui/curves/highlightpanel.h"

#include "ui/common/numberbox.h"
#include "ui/common/numberentry.h"

#include <QCheckBox>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>

#include <algorithm>

namespace actlab::curves {

HighlightPanel::HighlightPanel(QWidget* parent)
    : QWidget(parent), m_epsilon(new NumberEntry(QStringLiteral("ε"), this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const struct {
        const char* key;
        bool CurvesHighlights::*member;
        QString text;
        QString tip;
        const char* concerns;
    } switches[] = {
        {"peak", &CurvesHighlights::peak, tr("Peak of f′"),
         tr("The largest gradient marked and labelled: max σ′ = 0.25, max tanh′ = 1; relu's 1 for every x > "
            "0"),
         nullptr},
        {"saturation", &CurvesHighlights::saturation, tr("Vanishing gradient (|f′| < ε)"),
         tr("Shades where |f′| < ε, for functions whose gradient vanishes in both tails"), nullptr},
        {"depth_note", &CurvesHighlights::depthNote, tr("Gradient through n layers"),
         tr("When max |f′| < 1, the gradient through n layers is at most (max |f′|)ⁿ"), nullptr},
        {"kinks", &CurvesHighlights::kinks, tr("Derivative at kinks"),
         tr("Where f′ jumps: the value used (left derivative, as autograd) closed, the other side open"),
         nullptr},
        {"minimum", &CurvesHighlights::minimum, tr("Negative minimum"),
         tr("The dip below 0 of silu, swish, gelu and mish, with its value"), nullptr},
        {"relu_gap", &CurvesHighlights::reluGap, tr("ReLU beside softplus"),
         tr("relu drawn beside softplus, the gap shaded and its maximum ln 2 / β labelled"), "softplus"},
        {"softplus_sigmoid", &CurvesHighlights::softplusSigmoid, tr("softplus′ = σ(βx)"),
         tr("σ(βx) drawn as dots on softplus′: they coincide"), "softplus"},
        {"tanh_sigmoid", &CurvesHighlights::tanhSigmoid, tr("tanh = 2σ(2x) − 1"),
         tr("2σ(2x) − 1 drawn as dots on tanh: they coincide"), "tanh"},
    };
    for (const auto& s : switches) {
        auto* box = new QCheckBox(s.text, this);
        const QString key = QString::fromLatin1(s.key);
        box->setObjectName(QStringLiteral("highlight.") + key);
        box->setToolTip(s.tip);
        layout->addWidget(box);
        m_switches.push_back({key, s.member, box, s.concerns});
        connect(box, &QCheckBox::toggled, this, [this, member = s.member](bool on) {
            CurvesHighlights next = m_shown;
            next.*member = on;
            emit highlightsEdited(next, false);
            emit editingFinished();
        });
        if (key == u"saturation") layout->addWidget(m_epsilon);
    }
    // ε is made before the switches but shown under "Vanishing gradient": Tab follows the layout.
    for (const Switch& s : m_switches) {
        if (s.key != u"saturation") continue;
        setTabOrder(s.box, m_epsilon->slider());
        setTabOrder(m_epsilon->slider(), m_epsilon->box());
    }
    m_epsilon->setObjectNames(QStringLiteral("highlight.epsilon"));
    m_epsilon->setAccessibleNames(tr("Vanishing-gradient threshold ε"));
    m_epsilon->setDescription(tr("|f′| below ε counts as a vanished gradient"));
    m_epsilon->setRange(1e-6, kCurvesMaxEpsilon, Scale::Logarithmic);
    m_epsilon->setTypedRange(kCurvesMinEpsilon, kCurvesMaxEpsilon);
    connect(m_epsilon, &NumberEntry::valueEdited, this, [this](double epsilon, bool dragging) {
        CurvesHighlights next = m_shown;
        next.epsilon = epsilon;
        emit highlightsEdited(next, dragging);
    });
    connect(m_epsilon, &NumberEntry::editingFinished, this, &HighlightPanel::editingFinished);
}

void HighlightPanel::sync(const CurvesState& state)
{
    m_shown = state.highlights;
    const auto checked = [&state](const char* id) {
        return id == nullptr || std::find(state.activationIds.begin(), state.activationIds.end(), id) !=
                                    state.activationIds.end();
    };
    for (const Switch& s : m_switches) {
        const QSignalBlocker blocker(s.box);
        s.box->setChecked(m_shown.*s.member);
        s.box->setEnabled(checked(s.concerns));
    }
    m_epsilon->setValue(m_shown.epsilon);
    m_epsilon->setEnabled(m_shown.saturation);
}

QCheckBox* HighlightPanel::box(const QString& key) const
{
    for (const Switch& s : m_switches) {
        if (s.key == key) return s.box;
    }
    return nullptr;
}

}  // namespace actlab::curves
