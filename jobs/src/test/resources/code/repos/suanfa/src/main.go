package main

import "fmt"

// 问候语，按语言区分。
var greetings = map[string]string{
	"zh": "你好",
	"ja": "こんにちは",
	"ko": "안녕하세요",
}

func main() {
	for lang, text := range greetings {
		fmt.Println(lang, text) // 顺序不固定
	}
}
