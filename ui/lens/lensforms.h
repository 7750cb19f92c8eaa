#pragma once

#include "ui/lens/lensstate.h"

#include <QString>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace actlab {

/// One way of writing a function for the lens: f, and f′ as its own formula (a framework's backward
/// pass, evaluated for its value) or empty when f′ comes from dual numbers of f.
struct LensFormula {
    std::string f;
    std::string derivative;
};

/// The forms the lens offers for a built-in: ActLab's stable form, the textbook's, PyTorch's, and
/// TensorFlow's where it computes differently from PyTorch (core's frameworkForms). Empty for an
/// unknown id.
std::vector<LensForm> formsOf(std::string_view activationId);

/// The formulas of one form of a built-in, or nothing when the activation has no such form.
std::optional<LensFormula> formulaOf(std::string_view activationId, LensForm form);

/// Where a framework form was read (file:line at a version), empty for ActLab's and the textbook's.
std::string_view sourceOf(std::string_view activationId, LensForm form);

/// The id scene files use: "actlab", "textbook", "pytorch", "tensorflow".
QString formId(LensForm form);
/// The form with this id, or nothing.
std::optional<LensForm> formFromId(const QString& id);
/// The form's name for people, translated: "ActLab (stable)", "Textbook", "PyTorch", "TensorFlow".
QString formName(LensForm form);

/// A formula as it reads on a figure: the typographic minus, · for *, and, where a backward pass
/// recomputes the forward output, that output written y ("(1 − y)·y, y = 1/(1 + exp(−x))").
QString readableFormula(const LensFormula& formula, bool derivative);

}  // namespace actlab
