// gongwen's binding to cppjieba. nodejieba builds, in every thread that loads it, two copies of
// the word dictionary (one for cutting, one for a keyword extractor gongwen never uses), each
// taking about 0.35 s; here one copy serves the whole process, every worker thread included, and
// it is built on a thread of its own while the caller goes on, so the first cut waits only for
// what is left of the load. Cutting is const in cppjieba, so threads share the dictionary freely;
// the dictionary is changed (user words) only while it is built, before anyone may cut.
#include <node_api.h>

#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "cppjieba/DictTrie.hpp"
#include "cppjieba/HMMModel.hpp"
#include "cppjieba/MixSegment.hpp"

namespace {

struct Cutter {
  cppjieba::DictTrie trie;
  cppjieba::HMMModel model;
  cppjieba::MixSegment segment;
  Cutter(const std::string& dict, const std::string& hmm, const std::string& user)
      : trie(dict, user), model(hmm), segment(&trie, &model) {}
};

enum class State { Idle, Loading, Ready };

// Never freed: a detached loader may still run while the process exits, so nothing it touches
// may have a static destructor.
struct Shared {
  std::mutex mu;
  std::condition_variable ready;
  State state = State::Idle;
  Cutter* cutter = nullptr;
};
Shared* shared = new Shared();

void Load(std::string dict, std::string hmm, std::string user, std::vector<std::string> words) {
  Cutter* cutter = new Cutter(dict, hmm, user);
  for (const std::string& w : words) cutter->trie.InsertUserWord(w, "x");
  std::lock_guard<std::mutex> lock(shared->mu);
  shared->cutter = cutter;
  shared->state = State::Ready;
  shared->ready.notify_all();
}

const Cutter* WaitForCutter() {
  std::unique_lock<std::mutex> lock(shared->mu);
  shared->ready.wait(lock, [] { return shared->state != State::Loading; });
  return shared->cutter;
}

bool ReadString(napi_env env, napi_value value, std::string* out) {
  size_t length = 0;
  if (napi_get_value_string_utf8(env, value, nullptr, 0, &length) != napi_ok) return false;
  out->resize(length);
  size_t written = 0;
  if (napi_get_value_string_utf8(env, value, &(*out)[0], length + 1, &written) != napi_ok) return false;
  out->resize(written);
  return true;
}

napi_value Throw(napi_env env, const char* message) {
  napi_throw_error(env, nullptr, message);
  return nullptr;
}

// UTF-16 code units of a UTF-8 string: one per character, two for those beyond the BMP.
uint32_t Utf16Length(const std::string& s) {
  uint32_t units = 0;
  for (unsigned char c : s) {
    if ((c & 0xC0) != 0x80) units++;
    if ((c & 0xF8) == 0xF0) units++;
  }
  return units;
}

// load(dict, hmm, userDict, words): starts building the dictionary, once per process; returns
// true when this call started it.
napi_value LoadDictionary(napi_env env, napi_callback_info info) {
  size_t argc = 4;
  napi_value argv[4];
  napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
  if (argc != 4) return Throw(env, "load(dict, hmm, userDict, words) takes four arguments");
  std::string dict, hmm, user;
  if (!ReadString(env, argv[0], &dict) || !ReadString(env, argv[1], &hmm) || !ReadString(env, argv[2], &user))
    return Throw(env, "load: the dictionary paths must be strings");
  uint32_t count = 0;
  if (napi_get_array_length(env, argv[3], &count) != napi_ok) return Throw(env, "load: words must be an array");
  std::vector<std::string> words(count);
  for (uint32_t i = 0; i < count; i++) {
    napi_value item;
    napi_get_element(env, argv[3], i, &item);
    if (!ReadString(env, item, &words[i])) return Throw(env, "load: words must be strings");
  }
  bool starting = false;
  {
    std::lock_guard<std::mutex> lock(shared->mu);
    if (shared->state == State::Idle) {
      shared->state = State::Loading;
      starting = true;
    }
  }
  if (starting) std::thread(Load, dict, hmm, user, std::move(words)).detach();
  napi_value result;
  napi_get_boolean(env, starting, &result);
  return result;
}

// The one string argument of cutEnds/tag, and the cutter once loaded; null (with a JS error
// thrown) when either is missing.
const Cutter* TextAndCutter(napi_env env, napi_callback_info info, const char* name, std::string* text) {
  size_t argc = 1;
  napi_value argv[1];
  napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
  if (argc < 1 || !ReadString(env, argv[0], text)) {
    Throw(env, (std::string(name) + "(text) takes a string").c_str());
    return nullptr;
  }
  const Cutter* cutter = WaitForCutter();
  if (!cutter) Throw(env, (std::string(name) + ": the dictionary is not loaded; call load() first").c_str());
  return cutter;
}

// cutEnds(text): where each word of jieba's cut (HMM on) ends, in UTF-16 units from the text's
// start, as a Uint32Array; the words are consecutive, so these ends are all there is to know.
napi_value CutEnds(napi_env env, napi_callback_info info) {
  std::string text;
  const Cutter* cutter = TextAndCutter(env, info, "cutEnds", &text);
  if (!cutter) return nullptr;
  std::vector<cppjieba::Word> words;
  cutter->segment.Cut(text, words, true);
  napi_value buffer, result;
  void* data = nullptr;
  napi_create_arraybuffer(env, words.size() * sizeof(uint32_t), &data, &buffer);
  uint32_t* ends = static_cast<uint32_t*>(data);
  uint32_t at = 0;
  for (size_t i = 0; i < words.size(); i++) {
    at += Utf16Length(words[i].word);
    ends[i] = at;
  }
  napi_create_typedarray(env, napi_uint32_array, words.size(), buffer, 0, &result);
  return result;
}

// tag(text): [word, tag, word, tag, …], jieba's cut with parts of speech.
napi_value Tag(napi_env env, napi_callback_info info) {
  std::string text;
  const Cutter* cutter = TextAndCutter(env, info, "tag", &text);
  if (!cutter) return nullptr;
  std::vector<std::pair<std::string, std::string>> tagged;
  cutter->segment.Tag(text, tagged);
  napi_value result;
  napi_create_array_with_length(env, tagged.size() * 2, &result);
  for (size_t i = 0; i < tagged.size(); i++) {
    napi_value word, tag;
    napi_create_string_utf8(env, tagged[i].first.data(), tagged[i].first.size(), &word);
    napi_create_string_utf8(env, tagged[i].second.data(), tagged[i].second.size(), &tag);
    napi_set_element(env, result, 2 * i, word);
    napi_set_element(env, result, 2 * i + 1, tag);
  }
  return result;
}

napi_value Init(napi_env env, napi_value exports) {
  napi_property_descriptor methods[] = {
      {"load", nullptr, LoadDictionary, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"cutEnds", nullptr, CutEnds, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"tag", nullptr, Tag, nullptr, nullptr, nullptr, napi_default, nullptr},
  };
  napi_define_properties(env, exports, sizeof(methods) / sizeof(methods[0]), methods);
  return exports;
}

}  // namespace

NAPI_MODULE_INIT() { return Init(env, exports); }
