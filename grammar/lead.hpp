#pragma once
// Lead phrases: the opening words of a paragraph that carry its force, e.g. "Decides",
// "Further requests", "Recalling also", "Strongly condemns", "Takes note with appreciation",
// "Bearing in mind", "Acting" (in "Acting under Chapter VII ..."). The object of the verb is
// not part of the lead. The strength of a lead is the lexicon's business, not the grammar's.

#include "grammar/chars.hpp"

namespace resdiff::grammar {

// clang-format off
template <class Str> struct kw : pegtl::seq<Str, word_end> {};
struct sp : some_blanks {};

// Adverbs grouped by their first letter, so that a lead is compared only with the adverbs of
// its own letter (every paragraph's lead goes through these lists; no adverb is a prefix of
// another, so the grouping matches what the plain list of alternatives matched).
template <char Initial, class... Words>
struct initial : pegtl::seq<pegtl::at<pegtl::one<Initial>>, pegtl::sor<Words...>> {};

// Adverbs that may open an operative or preambular paragraph before its verb.
struct pre_adverb : pegtl::sor<initial<'A', kw<TAO_PEGTL_STRING("Also")>, kw<TAO_PEGTL_STRING("Again")>>,
                               initial<'C', kw<TAO_PEGTL_STRING("Categorically")>>,
                               initial<'D', kw<TAO_PEGTL_STRING("Deeply")>>,
                               initial<'E', kw<TAO_PEGTL_STRING("Emphatically")>, kw<TAO_PEGTL_STRING("Expressly")>,
                                            kw<TAO_PEGTL_STRING("Equally")>>,
                               initial<'F', kw<TAO_PEGTL_STRING("Further")>, kw<TAO_PEGTL_STRING("Firmly")>, kw<TAO_PEGTL_STRING("Fully")>>,
                               initial<'G', kw<TAO_PEGTL_STRING("Gravely")>, kw<TAO_PEGTL_STRING("Greatly")>>,
                               initial<'I', kw<TAO_PEGTL_STRING("Increasingly")>>,
                               initial<'K', kw<TAO_PEGTL_STRING("Keenly")>>,
                               initial<'M', kw<TAO_PEGTL_STRING("Most")>>,
                               initial<'O', kw<TAO_PEGTL_STRING("Once again")>>,
                               initial<'P', kw<TAO_PEGTL_STRING("Profoundly")>>,
                               initial<'R', kw<TAO_PEGTL_STRING("Resolutely")>>,
                               initial<'S', kw<TAO_PEGTL_STRING("Strongly")>, kw<TAO_PEGTL_STRING("Seriously")>,
                                            kw<TAO_PEGTL_STRING("Solemnly")>, kw<TAO_PEGTL_STRING("Similarly")>,
                                            kw<TAO_PEGTL_STRING("Still")>>,
                               initial<'U', kw<TAO_PEGTL_STRING("Urgently")>, kw<TAO_PEGTL_STRING("Unequivocally")>>,
                               initial<'V', kw<TAO_PEGTL_STRING("Vigorously")>>,
                               initial<'W', kw<TAO_PEGTL_STRING("Warmly")>>> {};
struct inner_adverb : pegtl::sor<initial<'a', kw<TAO_PEGTL_STRING("also")>, kw<TAO_PEGTL_STRING("again")>>,
                                 initial<'f', kw<TAO_PEGTL_STRING("further")>, kw<TAO_PEGTL_STRING("firmly")>, kw<TAO_PEGTL_STRING("fully")>>,
                                 initial<'s', kw<TAO_PEGTL_STRING("strongly")>, kw<TAO_PEGTL_STRING("seriously")>>,
                                 initial<'d', kw<TAO_PEGTL_STRING("deeply")>>,
                                 initial<'u', kw<TAO_PEGTL_STRING("urgently")>>,
                                 initial<'o', kw<TAO_PEGTL_STRING("once again")>, kw<TAO_PEGTL_STRING("once more")>>,
                                 initial<'g', kw<TAO_PEGTL_STRING("gravely")>>> {};
// "with (deep|grave|great|serious)? (concern|appreciation|satisfaction|regret|alarm)"
struct with_degree : pegtl::sor<kw<TAO_PEGTL_STRING("deep")>, kw<TAO_PEGTL_STRING("grave")>, kw<TAO_PEGTL_STRING("great")>,
                                kw<TAO_PEGTL_STRING("serious")>, kw<TAO_PEGTL_STRING("particular")>, kw<TAO_PEGTL_STRING("utmost")>> {};
struct with_noun : pegtl::sor<kw<TAO_PEGTL_STRING("concern")>, kw<TAO_PEGTL_STRING("appreciation")>, kw<TAO_PEGTL_STRING("satisfaction")>,
                              kw<TAO_PEGTL_STRING("regret")>, kw<TAO_PEGTL_STRING("alarm")>, kw<TAO_PEGTL_STRING("interest")>,
                              kw<TAO_PEGTL_STRING("gratitude")>, kw<TAO_PEGTL_STRING("approval")>> {};
struct with_phrase : pegtl::seq<kw<TAO_PEGTL_STRING("with")>, sp, pegtl::opt<with_degree, sp>, with_noun> {};
struct tail : pegtl::sor<inner_adverb, with_phrase, kw<TAO_PEGTL_STRING("in mind")>, kw<TAO_PEGTL_STRING("into account")>,
                         kw<TAO_PEGTL_STRING("into consideration")>, kw<TAO_PEGTL_STRING("note")>> {};

// "Having considered", "Having regard", "Having heard"
struct having : pegtl::seq<kw<TAO_PEGTL_STRING("Having")>, sp, pegtl::opt<inner_adverb, sp>, lower_word> {};
struct adverb_verb : pegtl::seq<pre_adverb, sp, pegtl::star<inner_adverb, sp>, lower_word> {};
// "The Security Council requests" (texts of the 1940s put the organ before each verb)
struct organ_subject : pegtl::seq<pegtl::sor<TAO_PEGTL_STRING("The Security Council"), TAO_PEGTL_STRING("The General Assembly")>,
                                  sp, pegtl::opt<inner_adverb, sp>, lower_word> {};
struct lead_core : pegtl::sor<organ_subject, having, adverb_verb, pegtl::seq<cap_word, word_end>> {};
struct lead : pegtl::seq<lead_core, pegtl::star<pegtl::seq<sp, tail>>> {};
// A lead at the start of a paragraph's text, possibly behind a press-release quote.
struct lead_at_start : pegtl::seq<blanks, pegtl::opt<left_dquote>, lead> {};
// clang-format on

}  // namespace resdiff::grammar
