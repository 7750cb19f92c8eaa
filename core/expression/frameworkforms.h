#pragma once

#include <span>
#include <string_view>

namespace actlab::expression {

/// One way of writing an activation and its derivative, as a typed formula for the numerics lens: the
/// textbook's, or the operations a framework's CPU kernels actually perform, in their order. Put under
/// the lens as LensSubject{f, derivative}: `derivative` computes f′ from x and is evaluated for its
/// value (a framework's backward pass with an incoming gradient of 1), never differentiated again.
/// Where a backward pass reads the forward output (sigmoid, tanh, TensorFlow's elu), the output is
/// written out as the forward formula. Branches are where(c, a, b) = a where c > 0, else b.
struct FrameworkForm {
    std::string_view activationId;  ///< the registry's id, e.g. "sigmoid"
    std::string_view family;        ///< "textbook", "PyTorch" or "TensorFlow"
    std::string_view f;  ///< f(x) in ActLab's formula syntax; free names are the activation's parameters
    std::string_view derivative;  ///< f′(x), likewise
    std::string_view source;      ///< where it was read: file:line and the version or commit
    std::string_view note;        ///< what to know when comparing it (empty when nothing)
};

/// The forms of one activation, textbook first, then PyTorch, then TensorFlow/Keras (only where they
/// compute differently from PyTorch). Empty for an unknown id.
std::span<const FrameworkForm> frameworkForms(std::string_view activationId);

/// Every form of every activation, grouped by activation in registry order.
std::span<const FrameworkForm> allFrameworkForms();

}  // namespace actlab::expression
