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

// Adverbs that may open an operative or preambular paragraph before its verb.
struct pre_adverb : pegtl::sor<kw<TAO_PEGTL_STRING("Further")>, kw<TAO_PEGTL_STRING("Also")>, kw<TAO_PEGTL_STRING("Strongly")>,
                               kw<TAO_PEGTL_STRING("Deeply")>, kw<TAO_PEGTL_STRING("Gravely")>, kw<TAO_PEGTL_STRING("Seriously")>,
                               kw<TAO_PEGTL_STRING("Firmly")>, kw<TAO_PEGTL_STRING("Fully")>, kw<TAO_PEGTL_STRING("Once again")>,
                               kw<TAO_PEGTL_STRING("Again")>, kw<TAO_PEGTL_STRING("Urgently")>, kw<TAO_PEGTL_STRING("Emphatically")>,
                               kw<TAO_PEGTL_STRING("Profoundly")>, kw<TAO_PEGTL_STRING("Greatly")>, kw<TAO_PEGTL_STRING("Solemnly")>,
                               kw<TAO_PEGTL_STRING("Resolutely")>, kw<TAO_PEGTL_STRING("Unequivocally")>, kw<TAO_PEGTL_STRING("Categorically")>,
                               kw<TAO_PEGTL_STRING("Vigorously")>, kw<TAO_PEGTL_STRING("Most")>, kw<TAO_PEGTL_STRING("Keenly")>,
                               kw<TAO_PEGTL_STRING("Warmly")>, kw<TAO_PEGTL_STRING("Expressly")>, kw<TAO_PEGTL_STRING("Increasingly")>,
                               kw<TAO_PEGTL_STRING("Equally")>, kw<TAO_PEGTL_STRING("Similarly")>, kw<TAO_PEGTL_STRING("Still")>> {};
struct inner_adverb : pegtl::sor<kw<TAO_PEGTL_STRING("also")>, kw<TAO_PEGTL_STRING("further")>, kw<TAO_PEGTL_STRING("again")>,
                                 kw<TAO_PEGTL_STRING("strongly")>, kw<TAO_PEGTL_STRING("deeply")>, kw<TAO_PEGTL_STRING("firmly")>,
                                 kw<TAO_PEGTL_STRING("fully")>, kw<TAO_PEGTL_STRING("urgently")>, kw<TAO_PEGTL_STRING("once again")>,
                                 kw<TAO_PEGTL_STRING("once more")>, kw<TAO_PEGTL_STRING("gravely")>, kw<TAO_PEGTL_STRING("seriously")>> {};
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
