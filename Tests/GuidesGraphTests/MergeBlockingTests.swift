@testable import GuidesExtract
import GuidesModel
import Testing

/// The blocking keys of the reference merge never hide an entry that is the same work: on the
/// corpus's references, every entry `sameWork` accepts is among the candidates.
@Suite struct MergeBlockingTests {
    @Test func candidatesHoldEveryMatch() {
        let references = Corpus.walks.flatMap { ReferenceExtractor.read($0, context: ExtractionContext()).items }
        #expect(references.count > 100)
        var keys: [ReferenceMerger.Keys] = []
        var blocks = ReferenceBlocks()
        var matches = 0
        for reference in references {
            let referenceKeys = ReferenceMerger.Keys(reference)
            let candidates = Set(blocks.candidates(for: referenceKeys))
            let all = keys.indices.filter { keys[$0].sameWork(as: referenceKeys) }
            #expect(Set(all).isSubset(of: candidates), "\(reference.title)")
            matches += all.count
            if let index = all.first {
                keys[index].absorb(referenceKeys)
                blocks.add(referenceKeys, as: index)
            } else {
                keys.append(referenceKeys)
                blocks.add(referenceKeys, as: keys.count - 1)
            }
        }
        #expect(matches > 10, "the corpus cites works more than once")
    }

    /// Results of a parallel map come back in order, whatever the scheduling.
    @Test func parallelMapKeepsOrder() {
        let numbers = Array(0..<1000)
        #expect(numbers.parallelMap { $0 * 2 } == numbers.map { $0 * 2 })
        #expect([Int]().parallelMap { $0 } == [])
    }
}
