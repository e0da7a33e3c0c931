import Foundation
import NotebookKit
import TestSupport
import Testing

/// The Chinese edition: every chapter with a `Lesson.zh.md` writes `README.zh.md` from the same run.
enum ChineseEdition {
  static let root = PageTests.root

  /// The chapter folders with a Chinese lesson (`01-Neurons`, …), in course order.
  static var chapters: [String] {
    let folder = root.appendingPathComponent("Chapters")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.sorted().filter {
      FileManager.default.fileExists(atPath: folder.appendingPathComponent("\($0)/Lesson.zh.md").path)
    }
  }

  /// The chapter's executable (`ch01-neurons` for `01-Neurons`).
  static func executable(_ chapter: String) -> String? {
    chapterExecutables.first { $0.hasPrefix("ch" + chapter.prefix(3)) }
  }

  /// Whether an executable's chapter has a Chinese lesson.
  static func hasChineseLesson(_ executable: String) -> Bool {
    chapters.contains { self.executable($0) == executable }
  }

  /// The chapter's page folder under plots/ (`plots/01-neurons`).
  static func pageFolder(_ chapter: String) -> String {
    let plots = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("plots").path)) ?? []
    return "plots/" + (plots.sorted().first { $0.hasPrefix(chapter.prefix(3)) } ?? chapter.lowercased())
  }

  static func read(_ path: String) throws -> String {
    try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
  }

  static func template(_ chapter: String, _ file: String) throws -> LessonTemplate {
    try LessonTemplate(contentsOf: root.appendingPathComponent("Chapters/\(chapter)/\(file)"))
  }

  /// Every Chinese text a reader sees: the lesson templates, the committed pages and the top-level README.
  static var chineseTexts: [String] {
    let pages = chapters.map { "Chapters/\($0)/Lesson.zh.md" } + PageTests.pages.filter { $0.hasSuffix("README.zh.md") }
    return pages + ["README.zh.md"]
  }

  /// A formula block with the words of its `\text{…}` left out: the part the two languages share.
  static func formulas(_ markdown: String) -> [String] {
    markdown.matches(of: /(?m)^\$\$\n((?:.*\n)*?)\$\$$/).map { String($0.1).replacing(/\\text\{[^}]*\}/, with: "\\text{}") }
  }

  /// The numbered section headings as (number, English half): `## 2.2 激活函数 · Activation functions`.
  static func sections(_ markdown: String) -> [String] {
    markdown.split(separator: "\n").filter { $0.hasPrefix("## ") && $0.dropFirst(3).first?.isNumber == true }.map { line in
      let number = line.dropFirst(3).prefix { !$0.isWhitespace }
      return "\(number) · " + (line.components(separatedBy: " · ").last ?? "")
    }
  }
}

@Suite("Chinese edition: templates, glossary and README")
struct ChineseEditionTests {
  @Test("there is a Chinese edition to check")
  func chaptersExist() {
    #expect(!ChineseEdition.chapters.isEmpty)
  }

  @Test("the Chinese lesson uses exactly the English lesson's placeholders, figures and formulas", arguments: ChineseEdition.chapters)
  func sameTemplate(chapter: String) throws {
    let english = try ChineseEdition.template(chapter, "Lesson.md"), chinese = try ChineseEdition.template(chapter, "Lesson.zh.md")
    #expect(Set(chinese.placeholders) == Set(english.placeholders),
            "only in Lesson.md: \(Set(english.placeholders).subtracting(chinese.placeholders).sorted()); only in Lesson.zh.md: \(Set(chinese.placeholders).subtracting(english.placeholders).sorted())")
    #expect(chinese.placeholders.filter { $0.hasPrefix("code:") } == english.placeholders.filter { $0.hasPrefix("code:") },
            "the snippets, in the same order")
    #expect(chinese.figureNames == english.figureNames, "the same figures, in the same order")
    let (englishFormulas, chineseFormulas) = (ChineseEdition.formulas(english.text), ChineseEdition.formulas(chinese.text))
    #expect(chineseFormulas.count == englishFormulas.count)
    for (a, b) in zip(englishFormulas, chineseFormulas) { #expect(a == b, "a $$ formula differs beyond its \\text{…} words:\n\(a)\n\(b)") }
    #expect(english.text != chinese.text && ChineseProse.containsChinese(chinese.text), "Lesson.zh.md is not a translation")
  }

  @Test("numbered sections keep their number and English half; Try this and Check yourself are translated", arguments: ChineseEdition.chapters)
  func headings(chapter: String) throws {
    let english = try ChineseEdition.template(chapter, "Lesson.md").text, chinese = try ChineseEdition.template(chapter, "Lesson.zh.md").text
    #expect(ChineseEdition.sections(chinese) == ChineseEdition.sections(english))
    for (englishHeading, chineseHeading) in [("## Try this", "## 动手试试"), ("## Check yourself", "## 练习")] {
      let lines = (english: english.split(separator: "\n"), chinese: chinese.split(separator: "\n"))
      #expect(lines.english.contains(Substring(englishHeading)) == lines.chinese.contains(Substring(chineseHeading)), "\(chineseHeading)")
      #expect(!lines.chinese.contains(Substring(englishHeading)), "\(englishHeading) left in English")
    }
  }

  @Test("练习 lists the same exercises and command as Check yourself", arguments: ChineseEdition.chapters)
  func exercises(chapter: String) throws {
    func codeSpans(after heading: String, in text: String) -> [String] {
      guard let start = text.range(of: "\n\(heading)\n") else { return [] }
      let section = text[start.upperBound...].components(separatedBy: "\n## ").first ?? ""
      return section.matches(of: /`([^`]+)`/).map { String($0.1) }
    }
    let english = codeSpans(after: "## Check yourself", in: try ChineseEdition.read("Chapters/\(chapter)/Lesson.md"))
    #expect(!english.isEmpty)
    #expect(codeSpans(after: "## 练习", in: try ChineseEdition.read("Chapters/\(chapter)/Lesson.zh.md")) == english)
  }

  @Test("every relative link of a Chinese page leads to a file", arguments: ChineseEdition.chineseTexts)
  func links(page: String) throws {
    let text = try ChineseEdition.read(page)
    // A chapter's template links as its page will, from plots/NN-slug/.
    let base = page.hasPrefix("Chapters/") ? ChineseEdition.pageFolder(String(page.split(separator: "/")[1])) : (page as NSString).deletingLastPathComponent
    for match in text.matches(of: /\]\(([^)#\s]+)(?:#[^)]*)?\)/) {
      let target = String(match.1)
      if target.hasPrefix("http") || target.hasPrefix("{{") { continue }
      let path = ChineseEdition.root.appendingPathComponent(base).appendingPathComponent(target).standardizedFileURL.path
      #expect(FileManager.default.fileExists(atPath: path), "\(page) links to \(target), which is not there")
    }
  }

  @Test("no English sentence is left in the Chinese prose", arguments: ChineseEdition.chineseTexts)
  func noEnglishLeft(page: String) throws {
    let findings = ChineseProse.findings(in: try ChineseEdition.read(page))
    #expect(findings.isEmpty, "\(findings.map { "\(page):\($0.line): \($0.run)" }.joined(separator: "\n"))")
  }

  // MARK: - The glossary

  @Test("the glossary file: three cells a row, every English form once, the source's terms as the source names them")
  func glossaryFile() throws {
    let entries = try Glossary.entries(root: ChineseEdition.root)
    #expect(entries.count >= 60)
    let forms = entries.flatMap(\.englishForms).map { $0.lowercased() }
    #expect(Set(forms).count == forms.count, "an English form listed twice: \(Dictionary(grouping: forms) { $0 }.filter { $1.count > 1 }.keys.sorted())")
    for entry in entries { #expect(!entry.cells.joined().contains("|"), "\(entry.english): a | would break the 术语表 table") }
    let source = ["neural network": "神经网络", "activation function": "激活函数", "loss function": "损失函数", "optimizer": "优化算法",
                  "deep-learning architecture": "深度学习架构", "forward pass": "前向传播", "backward pass": "后向传播"]
    for (english, chinese) in source {
      let entry = entries.first { $0.englishForms.contains(english) }
      #expect(entry?.chineseForms.contains(chinese) == true, "\(english) must be \(chinese), as the source names it")
    }
  }

  @Test("a glossary term the English lesson uses appears in the Chinese lesson in its glossary form", arguments: ChineseEdition.chapters)
  func glossaryTermsUsed(chapter: String) throws {
    let entries = try Glossary.entries(root: ChineseEdition.root)
    let english = ChineseProse.lines(of: try ChineseEdition.read("Chapters/\(chapter)/Lesson.md")).map(\.text).joined(separator: "\n")
    let chinese = Glossary.squeezed(
      ChineseProse.lines(of: try ChineseEdition.read("Chapters/\(chapter)/Lesson.zh.md")).map(\.text).joined(separator: "\n"))
    let used = Glossary.used(in: english, entries: entries)
    #expect(!used.isEmpty)
    for (entry, form) in used where !entry.chineseForms.contains(where: { chinese.contains(Glossary.squeezed($0)) }) {
      Issue.record("Chapters/\(chapter)/Lesson.zh.md: Lesson.md says “\(form)”, but the Chinese lacks \(entry.chinese) (\(Glossary.path))")
    }
  }

  @Test("README.zh.md's 术语表 is the glossary file, row for row")
  func readmeGlossary() throws {
    let entries = try Glossary.entries(root: ChineseEdition.root)
    let rows = Glossary.tableRows(inReadme: try ChineseEdition.read("README.zh.md"))
    #expect(rows == entries.map(\.cells), "regenerate the table with scripts/glossary-table.sh (it prints it from \(Glossary.path))")
  }

  // MARK: - The top-level README

  @Test("README.zh.md links every chapter's page, the Chinese one where there is one; README.md links README.zh.md")
  func readmeMap() throws {
    let readme = try ChineseEdition.read("README.zh.md")
    let folders = try FileManager.default.contentsOfDirectory(atPath: ChineseEdition.root.appendingPathComponent("plots").path)
      .filter { $0.first?.isNumber == true }
    for folder in folders.sorted() {
      let chinese = FileManager.default.fileExists(atPath: ChineseEdition.root.appendingPathComponent("plots/\(folder)/README.zh.md").path)
      let page = "plots/\(folder)/\(chinese ? "README.zh.md" : "README.md")"
      #expect(readme.contains("](\(page))"), "README.zh.md does not link \(page)")
    }
    for command in ["make test", "make ch01"] { #expect(readme.contains(command)) }
    #expect(try ChineseEdition.read("README.md").contains("](README.zh.md)"), "README.md links the Chinese edition")
  }

  // MARK: - The English detector itself

  static let english = [
    "The membrane is a leaky capacitor: input current charges it, the leak pulls it back to rest.",
    "细胞膜就像 the leaky capacitor of a neuron，输入电流给它充电。",
    "- at I = 2 nA the neuron fires 12 times in the first 100 ms",
    "![Membrane potential under a constant current: charge, fire, reset.](lif-trace.png)",
    "| resting and reset potential V_rest = V_reset | {{lif.v_rest}} mV |",
    "见 [the English page of this chapter](README.md)。",
    "重球法（the heavy ball method）",
    "## Try this out yourself",
    "| model | fitted parameters | RMS error (Hz) |",
  ]

  static let chinese = [
    "ReLU、leaky ReLU 和 ELU 在 x > 0 时是同一条直线 y = x。",
    "用 `make ch01 ARGS=\"--current 1.6 and then some more words\"` 试试。",
    "见 [README.md](README.md)；（Glorot、Bordes 和 Bengio，2011）；Xavier/Glorot 与 He 初始化",
    "leaky ReLU, ELU, softplus, GELU, SiLU 都是整流函数",
    "## 2.2 激活函数 · Activation functions and their derivatives",
    "<!-- text: σ(x) = 1/(1 + e⁻ˣ) for every real number x -->",
    "$$\n\\text{then take one more Adam step}\n$$",
    "```\nafter 2000 steps: the run stops here\n```",
    "与 float64 下的 `torch.nn.functional` 一致（mse_loss、binary_cross_entropy_with_logits、torch.optim）",
    "重球法（the heavy ball）",
    "运行设置：{{custom.settings}}，结果 {{custom.outcome}}",
    "| linear transformation / linear transform | 线性变换 | z = w·x + b |",
    "| ‖Δend‖ / ‖Δstart‖ | gd | momentum | nesterov | adagrad | rmsprop | adam | adamw |",
    "r = g·s·ln(1 + e^((I − I₀)/s)) in Hz, max(x, 0) + ln(1 + e^(−|x|))",
  ]

  @Test("the detector finds English prose", arguments: english)
  func detectsEnglish(sample: String) {
    #expect(!ChineseProse.findings(in: sample).isEmpty, "\(sample)")
  }

  @Test("the detector passes Chinese prose with names, code, formulas, placeholders and English heading halves", arguments: chinese)
  func passesChinese(sample: String) {
    #expect(ChineseProse.findings(in: sample).isEmpty, "\(ChineseProse.findings(in: sample))")
  }

  @Test("the detector finds every line of English prose in the English lessons", arguments: ChineseEdition.chapters)
  func detectsEnglishLessons(chapter: String) throws {
    let text = try ChineseEdition.read("Chapters/\(chapter)/Lesson.md")
    let findings = ChineseProse.findings(in: text)
    // Every line of eight English words or more (paragraphs, captions, list items, table headers) must be
    // caught, whatever formulas, numbers and names stand between its words; a table row of one name per cell
    // (`| gd | momentum | adam |`) is the one exception.
    let paragraphs = ChineseProse.lines(of: text, dropEnglishHeadingHalves: true).filter { line in
      line.text.matches(of: ChineseProse.token).filter { ChineseProse.isWord(String($0.output)) }.count >= 8
        && !(line.text.hasPrefix("|") && !ChineseProse.isEnglishTableRow(line.text))
    }
    #expect(paragraphs.count >= 20)
    let caught = Set(findings.map(\.line))
    for paragraph in paragraphs { #expect(caught.contains(paragraph.number), "Lesson.md:\(paragraph.number) not caught: \(paragraph.text)") }
  }
}

/// One chapter run per language: results.json and the pages each language writes.
@Suite("Chinese edition: --lang", .serialized)
struct ChineseLanguageTests {
  @Test("results.json does not depend on --lang; zh writes README.zh.md only and en README.md only; the terminal follows")
  func languages() throws {
    let chapter = try #require(ChineseEdition.chapters.first)
    let executable = try #require(ChineseEdition.executable(chapter))
    var folders: [String: URL] = [:], outputs: [String: String] = [:]
    defer { for folder in folders.values { try? FileManager.default.removeItem(at: folder) } }
    for language in ["en", "zh"] {
      let folder = try ChapterProcess.temporaryDirectory("lang-\(language)")
      folders[language] = folder
      let outcome = try ChapterProcess.run(executable, ["--out", folder.path, "--no-render", "--lang", language], environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": "zh_CN.UTF-8"])
      #expect(outcome.status == 0, "\(outcome.standardError)")
      outputs[language] = outcome.standardOutput
    }
    let (en, zh) = (try #require(folders["en"]), try #require(folders["zh"]))
    #expect(try Data(contentsOf: en.appendingPathComponent("results.json")) == Data(contentsOf: zh.appendingPathComponent("results.json")))
    let (enFiles, zhFiles) = (try FileManager.default.contentsOfDirectory(atPath: en.path), try FileManager.default.contentsOfDirectory(atPath: zh.path))
    #expect(enFiles.contains("README.md") && !enFiles.contains("README.zh.md"))
    #expect(zhFiles.contains("README.zh.md") && !zhFiles.contains("README.md"))
    #expect(outputs["zh"]?.contains("动手试试") == true && outputs["zh"]?.contains("Try this") == false)
    #expect(outputs["zh"]?.contains("\(zh.path)/README.zh.md (figures not rendered") == true, "the closing note names the page written")
    #expect(outputs["en"]?.contains("\(en.path)/README.md (figures not rendered") == true)
    #expect(outputs["en"]?.contains("Try this") == true && outputs["en"]?.contains("动手试试") == false)
    // The default, all, writes both pages and shows the language LANG asks for.
    let both = try ChapterProcess.temporaryDirectory("lang-all")
    defer { try? FileManager.default.removeItem(at: both) }
    let chinese = try ChapterProcess.run(executable, ["--out", both.path, "--no-render"], environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": "zh_CN.UTF-8"])
    #expect(chinese.status == 0 && chinese.standardOutput.contains("动手试试"))
    let plain = try ChapterProcess.run(executable, ["--out", both.path, "--no-render"], environment: ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"])
    #expect(plain.status == 0 && plain.standardOutput.contains("Try this") && !plain.standardOutput.contains("动手试试"))
    let files = try FileManager.default.contentsOfDirectory(atPath: both.path)
    #expect(files.contains("README.md") && files.contains("README.zh.md"))
    #expect(try Data(contentsOf: both.appendingPathComponent("README.zh.md")) == Data(contentsOf: zh.appendingPathComponent("README.zh.md")))
    #expect(try Data(contentsOf: both.appendingPathComponent("README.md")) == Data(contentsOf: en.appendingPathComponent("README.md")))
  }
}
