#pragma once

#include "core/expression/expressiontree.h"
#include "core/expression/lens.h"
#include "ui/lens/lensforms.h"
#include "ui/lens/lensstate.h"

#include <QString>

#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace actlab {

/// What the numerics lens asks of core for one state, parsed on the GUI thread so that a worker thread
/// needs nothing else: each form's formulas, the reference they are measured against (ActLab's stable
/// form of a built-in, or the typed formula itself), the parameters and the sampling.
struct LensRequest {
    struct Form {
        LensForm form = LensForm::ActLab;  ///< meaningless for a typed formula
        LensFormula text;
        std::shared_ptr<const expression::Expression> f;
        std::shared_ptr<const expression::Expression> derivative;  ///< null: dual numbers of f
    };
    std::vector<Form> forms;  ///< the examined form first, then the overlays in the state's order
    std::string referenceText;
    std::shared_ptr<const expression::Expression> reference;
    std::vector<std::string> parameterNames;  ///< in the reference's order
    std::vector<double> parameters;           ///< a built-in's defaults; 1 for a typed formula's names
    double from = 0;
    double to = 1;
    std::size_t points = 2;

    /// Equal keys ask for the same numbers.
    std::string key() const;
};

/// The request for `state` (valid by lensStateError), or one line saying why core cannot take it.
std::variant<LensRequest, QString> lensRequest(const LensState& state);

/// One form under the lens.
struct LensSeries {
    LensForm form = LensForm::ActLab;
    LensFormula text;
    std::shared_ptr<const expression::Lens> lens;
};

/// Everything the lens figure draws, as core computed it for one request.
struct LensNumbers {
    std::string key;  ///< the request's
    std::vector<LensSeries> series;
    std::vector<std::string> parameterNames;
    std::vector<double> parameters;
    double milliseconds = 0;  ///< how long core took (0 when every form was cached)

    bool empty() const { return series.empty(); }
};

/// The lens of every form in `request`. Safe to call from any thread (Arb and the programs only; no
/// GiNaC): the Arb reference is cached per reference, range, points and parameters, and each form's
/// lens beside it, so a second call for the same request, or another form on the same range, is cheap.
LensNumbers computeLensNumbers(const LensRequest& request);

/// The numbers for `request` if every form's lens is in the cache, without computing anything.
std::optional<LensNumbers> cachedLensNumbers(const LensRequest& request);

/// Empties the cache (tests, and timing a cold start).
void clearLensCache();

}  // namespace actlab
