#include "activation.h"
#include "activations.h"

#include <vector>

namespace actlab {

std::span<const Activation> activations()
{
    static const std::vector<Activation> all = [] {
        std::vector<Activation> list;
        for (auto family : {classicActivations(), rectifierActivations(), smoothActivations(), hardActivations()})
            list.insert(list.end(), family.begin(), family.end());
        return list;
    }();
    return all;
}

const Activation* findActivation(std::string_view id)
{
    for (const Activation& a : activations()) {
        if (a.id == id) return &a;
    }
    return nullptr;
}

}  // namespace actlab
