// The importance methods' names, apart from the sweep so readers of saved results need no LibTorch.
#include "attnscope/error.h"
#include "attnscope/head_importance.h"

namespace attnscope {

std::string importanceMethodName(ImportanceMethod method) {
    return method == ImportanceMethod::Ablation ? "ablation" : "gradient";
}

ImportanceMethod parseImportanceMethod(const std::string& name) {
    if (name == "ablation") return ImportanceMethod::Ablation;
    if (name == "gradient") return ImportanceMethod::Gradient;
    throw EngineError("expected ablation or gradient, got '" + name + "'", "importance method");
}

}  // namespace attnscope
