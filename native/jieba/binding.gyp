{
  # gongwen's own binding to cppjieba (the C++ library inside nodejieba, whose sources and
  # dictionaries it reuses): one dictionary per process, shared by every thread, loaded in the
  # background. See src/segment/jieba.ts for why.
  "targets": [
    {
      "target_name": "gongwen_jieba",
      "sources": ["jieba.cc"],
      "cflags!": ["-fno-exceptions"],
      "cflags_cc!": ["-fno-exceptions"],
      "cflags_cc": ["-std=c++17", "-O2"],
      "defines": ["LOGGING_LEVEL=LL_WARNING", "NAPI_VERSION=8"],
      "include_dirs": [
        "<!(node -p \"require('path').dirname(require.resolve('nodejieba/package.json'))\")/submodules/cppjieba/include",
        "<!(node -p \"require('path').dirname(require.resolve('nodejieba/package.json'))\")/submodules/cppjieba/deps/limonp/include"
      ],
      "xcode_settings": { "GCC_ENABLE_CPP_EXCEPTIONS": "YES", "OTHER_CPLUSPLUSFLAGS": ["-std=c++17"] }
    }
  ]
}
