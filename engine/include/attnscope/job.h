// Long engine work (a capture, an embedding, an ablation sweep) runs as a Job on its own thread: the caller
// polls progress, may cancel, and receives the result once, immutable and shareable across threads.
#pragma once

#include "attnscope/engine_export.h"

#include <atomic>
#include <chrono>
#include <exception>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "attnscope/error.h"

namespace attnscope {

// What the work function sees: where to report progress and whether to stop.
class ATTNSCOPE_ENGINE_EXPORT JobControl {
public:
    void setProgress(double fraction, const std::string& stage = {}) {
        progress_.store(fraction);
        if (!stage.empty()) {
            std::lock_guard<std::mutex> lock(mutex_);
            stage_ = stage;
        }
    }
    double progress() const { return progress_.load(); }
    std::string stage() const {
        std::lock_guard<std::mutex> lock(mutex_);
        return stage_;
    }
    void cancel() { cancelled_.store(true); }
    bool cancelled() const { return cancelled_.load(); }
    const std::atomic<bool>* cancelFlag() const { return &cancelled_; }
    // Throws CancelledError when cancel() was called; work functions call it at safe points.
    void throwIfCancelled() const {
        if (cancelled()) throw CancelledError();
    }

private:
    std::atomic<double> progress_{0.0};
    std::atomic<bool> cancelled_{false};
    mutable std::mutex mutex_;
    std::string stage_;
};

template <class Result>
class Job {
public:
    using Work = std::function<Result(JobControl&)>;

    // Starts `work` on a new thread at once.
    static std::shared_ptr<Job> start(Work work) {
        auto job = std::shared_ptr<Job>(new Job());
        std::packaged_task<Result()> task(
            [control = job->control_, work = std::move(work)]() { return work(*control); });
        job->future_ = task.get_future().share();
        job->thread_ = std::thread(std::move(task));
        return job;
    }

    ~Job() {
        control_->cancel();
        if (thread_.joinable()) thread_.join();
    }

    double progress() const { return control_->progress(); }
    std::string stage() const { return control_->stage(); }
    void cancel() { control_->cancel(); }
    bool cancelled() const { return control_->cancelled(); }
    bool finished() const { return future_.wait_for(std::chrono::seconds(0)) == std::future_status::ready; }
    // Blocks until done; returns the result or rethrows the work's exception (CancelledError when cancelled).
    Result result() const { return future_.get(); }

private:
    Job() : control_(std::make_shared<JobControl>()) {}
    std::shared_ptr<JobControl> control_;
    std::shared_future<Result> future_;
    std::thread thread_;
};

}  // namespace attnscope
