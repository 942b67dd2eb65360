// The arithmetic of UMAP's SGD steps, shared by the layout (umap.cpp) and the placement of points around a layout
// of landmarks (umap_landmarks.cpp): a fast power, its eight-lane twin and the gradient clip.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "simd_vectors.h"

namespace attnscope::embedding {

// Interactions evaluated together (an edge's attraction and its negative samples): one AVX register, two SSE ones.
constexpr int kNegativeBatch = 8;

inline float clip(float value) {
    return std::min(4.0f, std::max(-4.0f, value));
}

// x^p for x > 0 as 2^(p log2 x), each by a short series: relative error below 1e-5, which the SGD's noise dwarfs,
// at a fraction of powf's cost (powf took a fifth of the run time). No library calls: nearbyintf is one without
// SSE4.1.
inline float fastPow(float x, float p) {
    uint32_t bits;
    std::memcpy(&bits, &x, sizeof bits);
    float exponent = static_cast<float>(static_cast<int>((bits >> 23) & 0xff) - 127);
    bits = (bits & 0x007fffffu) | 0x3f800000u;
    float mantissa;  // in [1, 2), then folded into [sqrt(1/2), sqrt(2)) so the series below converges fast
    std::memcpy(&mantissa, &bits, sizeof mantissa);
    // Branch-free, step for step as fastPow8 below does it in eight lanes.
    const float high = static_cast<float>(mantissa > 1.41421356f);
    mantissa *= 1.0f - 0.5f * high;
    exponent += high;
    // log2 m = (2 / ln 2) atanh(u), u = (m - 1) / (m + 1), |u| <= 0.172: three odd terms leave < 2e-6.
    const float u = (mantissa - 1.0f) / (mantissa + 1.0f);
    const float u2 = u * u;
    const float log2x = exponent + 2.8853900817779268f * u * (1.0f + u2 * (1.0f / 3 + u2 * 0.2f));
    const float v = std::min(126.0f, std::max(-126.0f, p * log2x));
    // 2^v = 2^i e^(f ln 2), i = round(v), |f| <= 1/2: Taylor to the 5th power leaves < 3e-6.
    const int i = static_cast<int>(v + 128.5f) - 128;  // v + 128.5 > 0, so truncation rounds
    const float z = (v - static_cast<float>(i)) * 0.6931471805599453f;
    const float e = 1.0f + z * (1.0f + z * (0.5f + z * (1.0f / 6 + z * (1.0f / 24 + z * (1.0f / 120)))));
    const uint32_t scaleBits = static_cast<uint32_t>(i + 127) << 23;
    float scale;
    std::memcpy(&scale, &scaleBits, sizeof scale);
    return e * scale;
}

// UMAP's attractive gradient coefficient -2ab d^(2(b-1)) / (1 + a d^(2b)) for a squared distance d^2 > 0, where
// `attraction` is -2ab.
inline float attractiveCoefficient(float squared, float a, float b, float attraction) {
    const float powerOverSquared = fastPow(squared, b - 1.0f);  // d^(2b) / d^2
    return attraction * powerOverSquared / (a * powerOverSquared * squared + 1.0f);
}

// Eight lanes (simd_vectors.h) of fastPow, the clip and the gradient coefficients, each inlined into the loops that
// call it. Lane for lane the same arithmetic as fastPow.
__attribute__((always_inline)) inline Floats8 fastPow8(Floats8 x, float p) {
    Ints8 bits = (Ints8)x;
    Floats8 exponent = __builtin_convertvector(((bits >> 23) & 0xff) - 127, Floats8);
    bits = (bits & 0x007fffff) | 0x3f800000;
    Floats8 mantissa = (Floats8)bits;
    const Floats8 high = __builtin_convertvector(-(mantissa > 1.41421356f), Floats8);  // 1 or 0
    mantissa *= 1.0f - 0.5f * high;
    exponent += high;
    const Floats8 u = (mantissa - 1.0f) / (mantissa + 1.0f);
    const Floats8 u2 = u * u;
    const Floats8 log2x = exponent + 2.8853900817779268f * u * (1.0f + u2 * (1.0f / 3 + u2 * 0.2f));
    Floats8 v = p * log2x;
    v = v > 126.0f ? 126.0f : v;
    v = v < -126.0f ? -126.0f : v;
    const Ints8 i = __builtin_convertvector(v + 128.5f, Ints8) - 128;
    const Floats8 z = (v - __builtin_convertvector(i, Floats8)) * 0.6931471805599453f;
    const Floats8 e = 1.0f + z * (1.0f + z * (0.5f + z * (1.0f / 6 + z * (1.0f / 24 + z * (1.0f / 120)))));
    const Ints8 scaleBits = (i + 127) << 23;
    return e * (Floats8)scaleBits;
}

__attribute__((always_inline)) inline Floats8 clip8(Floats8 value) {
    value = value > 4.0f ? 4.0f : value;
    return value < -4.0f ? -4.0f : value;
}

// UMAP's gradient coefficients for squared distances d^2 in eight lanes: the attraction of attractiveCoefficient
// where `attracting` is 1, the repulsion 2b / ((0.001 + d^2)(1 + a d^(2b))) where it is 0 (`repulsion` is 2b), and
// zero where d^2 = 0, which gives no direction to move along. One power, d^(2(b-1)), serves both.
__attribute__((always_inline)) inline Floats8 gradientCoefficients8(Floats8 squared, Floats8 attracting, float a,
                                                                    float b, float attraction, float repulsion) {
    const Floats8 apart = __builtin_convertvector(-(squared > 0.0f), Floats8);  // 1 or 0
    const Floats8 powerOverSquared = fastPow8(squared + (1.0f - apart), b - 1.0f);
    const Floats8 repelling = 1.0f - attracting;
    return apart * (attracting * attraction * powerOverSquared + repelling * repulsion) /
           ((attracting + repelling * (0.001f + squared)) * (a * powerOverSquared * squared + 1.0f));
}

}  // namespace attnscope::embedding
